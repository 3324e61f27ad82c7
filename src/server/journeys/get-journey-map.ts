/**
 * The map view's data: per stage, a figure from its linked questions' answers in [from, to]
 * for responses attributed to the team subtree (or the whole organization), the serving
 * employee stage's figure, and the stage's top ideas. Rules (docs/decisions/013-journeys.md):
 * - a stage pools its linked questions of one kind; with mixed kinds the headline question's
 *   kind wins (NPS before CSAT), else NPS > CSAT > RATING, and the other questions are ignored;
 * - employee figures (an EMPLOYEE journey's stage, or any employee survey's question) are
 *   `{ suppressed: true }` below k responses, or when the team filter would leave fewer than k
 *   outside it (org total − subtree total, DESIGN.md "Anonymity"). k counts people: for a
 *   headline pulse question, distinct participants as the metrics API counts them
 *   (load-respondent-counts.ts); for other questions, answers (one per response). Pooled
 *   questions count, per team, the largest of their counts: a lower bound on the people;
 * - a pulse figure is also shown only where the metrics API shows the same group's eNPS with
 *   the same people, so neither can be subtracted from the other.
 */
import { addHistograms, computeCsat, computeNps, isFilterAllowed } from "@/core";
import { notFound } from "@/lib/errors";
import type { JourneyMapDto, JourneyMapQuery, StageFigure } from "@/lib/schemas/journey";
import { loadOrgTeams, loadOrgThresholds, subtreeIds } from "../metrics/load-org-teams";
import { decideEnpsVisibility } from "../metrics/decide-enps-visibility";
import { loadRespondentCounts } from "../metrics/load-respondent-counts";
import { loadTeamHistograms } from "../metrics/load-team-histograms";
import type { DbOrTx } from "../prisma-client";
import { loadJourney } from "./journey-dto";
import { loadStageScores, type ScoreCounts } from "./load-stage-scores";

type LinkedQuestion = { id: string; type: string; isHeadline: boolean; surveyId: string; audience: string };
type FigureKind = "NPS" | "CSAT" | "RATING";

const SCORED = new Set(["NPS", "CSAT", "RATING"]);

/** Which questions a stage's figure pools, and of which kind (see the module comment). */
export function chooseQuestions(questions: readonly LinkedQuestion[]): { kind: FigureKind; questions: LinkedQuestion[] } | null {
  const scored = questions.filter((q) => SCORED.has(q.type));
  if (scored.length === 0) return null;
  const kinds = new Set(scored.map((q) => q.type as FigureKind));
  const headline = scored.find((q) => q.isHeadline && q.type === "NPS") ?? scored.find((q) => q.isHeadline);
  const kind: FigureKind = kinds.size === 1 ? (scored[0]!.type as FigureKind) : ((headline?.type as FigureKind | undefined) ?? (kinds.has("NPS") ? "NPS" : kinds.has("CSAT") ? "CSAT" : "RATING"));
  return { kind, questions: scored.filter((q) => q.type === kind) };
}

const keyOf = (q: LinkedQuestion) => (q.isHeadline && q.type !== "RATING" ? `survey:${q.surveyId}` : `question:${q.id}`);

function sumTeams(counts: ScoreCounts, keys: readonly string[], teams: ReadonlySet<string> | null): number[] {
  let hist: number[] = [];
  for (const key of new Set(keys)) {
    for (const [teamId, h] of counts.get(key) ?? []) if (!teams || teams.has(teamId)) hist = addHistograms(hist, h);
  }
  return hist;
}

type People = Map<string, Map<string, number>>; // key → teamId → distinct respondents
type FigureContext = {
  counts: ScoreCounts;
  people: People;
  scope: ReadonlySet<string> | null;
  k: number;
  /** Whether the metrics API would show this group's eNPS with exactly these respondents. */
  enpsShown: (keys: readonly string[]) => boolean;
};

const total = (hist: readonly number[]) => hist.reduce((a, b) => a + b, 0);

/** Respondents behind pooled keys over the teams (all when null): per team the largest count. */
function respondents({ counts, people }: FigureContext, keys: readonly string[], teams: ReadonlySet<string> | null): number {
  const perTeam = new Map<string, number>();
  for (const key of new Set(keys)) {
    for (const [teamId, hist] of counts.get(key) ?? []) {
      if (teams && !teams.has(teamId)) continue;
      const count = people.get(key)?.get(teamId) ?? total(hist);
      perTeam.set(teamId, Math.max(perTeam.get(teamId) ?? 0, count));
    }
  }
  return [...perTeam.values()].reduce((a, b) => a + b, 0);
}

function figureOf(questions: readonly LinkedQuestion[], employee: boolean, context: FigureContext): StageFigure {
  const { counts, scope, k } = context;
  const chosen = chooseQuestions(questions);
  if (!chosen) return null;
  const keys = chosen.questions.map(keyOf);
  const hist = sumTeams(counts, keys, scope);
  const n = total(hist);
  if (employee || chosen.questions.some((q) => q.audience === "EMPLOYEE")) {
    const narrowed = respondents(context, keys, scope);
    const full = scope ? respondents(context, keys, null) : narrowed;
    if (narrowed < k || !isFilterAllowed({ k, full, narrowed })) return { suppressed: true };
    const pulse = chosen.questions.every((q) => q.audience === "EMPLOYEE" && q.type === "NPS" && q.isHeadline);
    if (pulse && !context.enpsShown(keys)) return { suppressed: true };
  }
  if (chosen.kind === "RATING") {
    const total = hist.reduce((sum, count, value) => sum + count * value, 0);
    return { kind: "RATING", mean: n === 0 ? null : total / n, n };
  }
  const { score, marginOfError } = chosen.kind === "NPS" ? computeNps(hist) : computeCsat(hist);
  return { kind: chosen.kind, score, n, marginOfError };
}

export async function getJourneyMap(db: DbOrTx, { orgId, journeyId, query }: { orgId: string; journeyId: string; query: JourneyMapQuery }): Promise<JourneyMapDto> {
  const { from, to, teamId } = query;
  const [journey, teams, thresholds] = await Promise.all([loadJourney(db, { orgId, journeyId }), loadOrgTeams(db, { orgId }), loadOrgThresholds(db, { orgId })]);
  if (teamId !== undefined && !teams.some((t) => t.id === teamId)) throw notFound("Team");
  const scope = teamId === undefined ? null : subtreeIds(teams, teamId);

  const servedIds = [...new Set(journey.stages.map((s) => s.servedByStageId).filter((id): id is string => id !== null))];
  const stageIds = [...journey.stages.map((s) => s.id), ...servedIds];
  const [links, servedStages, ideas] = await Promise.all([
    db.stageQuestion.findMany({
      where: { orgId, stageId: { in: stageIds } },
      select: { stageId: true, question: { select: { id: true, type: true, isHeadline: true, surveyId: true, survey: { select: { audience: true } } } } },
    }),
    db.journeyStage.findMany({ where: { orgId, id: { in: servedIds } }, select: { id: true, journeyId: true, name: true, journey: { select: { kind: true } } } }),
    // Top 5 per stage in the database, so a stage with thousands of ideas costs five rows.
    db.$queryRaw<Array<{ id: string; title: string; status: string; voteCount: number; stageId: string }>>`
      SELECT "id", "title", "status"::text AS "status", "voteCount", "stageId" FROM (
        SELECT i.*, ROW_NUMBER() OVER (PARTITION BY i."stageId" ORDER BY i."voteCount" DESC, i."createdAt" ASC, i."id" ASC) AS rank
        FROM "Idea" i
        WHERE i."orgId" = ${orgId} AND i."stageId" = ANY(${journey.stages.map((s) => s.id)}::text[]) AND i."mergedIntoId" IS NULL
      ) ranked
      WHERE rank <= 5
      ORDER BY "stageId", rank`,
  ]);

  const byStage = new Map<string, LinkedQuestion[]>();
  for (const { stageId, question: q } of links) {
    const list = byStage.get(stageId) ?? [];
    list.push({ id: q.id, type: q.type, isHeadline: q.isHeadline, surveyId: q.surveyId, audience: q.survey.audience });
    byStage.set(stageId, list);
  }
  const chosen = [...byStage.values()].flatMap((qs) => chooseQuestions(qs)?.questions ?? []);
  const counts = await loadStageScores(db, {
    orgId,
    from,
    to,
    headlineSurveyIds: [...new Set(chosen.filter((q) => keyOf(q).startsWith("survey:")).map((q) => q.surveyId))],
    answerQuestionIds: [...new Set(chosen.filter((q) => keyOf(q).startsWith("question:")).map((q) => q.id))],
  });
  // Distinct participants behind each employee headline question (one query per pulse survey).
  const pulseSurveys = [...new Set(chosen.filter((q) => q.audience === "EMPLOYEE" && keyOf(q).startsWith("survey:")).map((q) => q.surveyId))];
  const people: People = new Map();
  await Promise.all(
    pulseSurveys.map(async (surveyId) => {
      const key = `survey:${surveyId}`;
      const byTeam = new Map([...(counts.get(key) ?? [])].map(([teamId, hist]) => [teamId, { n: total(hist), hist }]));
      people.set(key, await loadRespondentCounts(db, { orgId, from, to, surveyId, byTeam }));
    }),
  );
  const k = thresholds.anonymityThreshold;
  // The metrics API shows eNPS per team subtree over all pulses; a map figure over some of them
  // could be subtracted from it. So a pulse figure is shown only where the metrics API shows
  // the same group with the same people (decide-enps-visibility.ts, the survey-filter rule).
  let enpsShown: FigureContext["enpsShown"] = () => true;
  if (pulseSurveys.length > 0) {
    const allEnps = await loadTeamHistograms(db, { orgId, metric: "ENPS", from, to });
    const unfilteredCounts = await loadRespondentCounts(db, { orgId, from, to, byTeam: allEnps });
    const partial: FigureContext = { counts, people, scope, k, enpsShown };
    enpsShown = (keys) => {
      // A team whose pooled pulses hold all its eNPS answers has the metrics API's own people.
      const filtered = new Map(
        teams.map((t) => {
          const n = [...new Set(keys)].reduce((sum, key) => sum + total(counts.get(key)?.get(t.id) ?? []), 0);
          const whole = n === (allEnps.get(t.id)?.n ?? 0);
          return [t.id, whole ? (unfilteredCounts.get(t.id) ?? 0) : respondents(partial, keys, new Set([t.id]))];
        }),
      );
      return decideEnpsVisibility({ k, teams, counts: filtered, unfilteredCounts }).isOverallShown(teamId);
    };
  }
  const context: FigureContext = { counts, people, scope, k, enpsShown };
  const served = new Map(servedStages.map((s) => [s.id, s]));

  return {
    journey,
    from,
    to,
    teamId: teamId ?? null,
    stages: journey.stages.map((stage) => {
      const target = stage.servedByStageId ? served.get(stage.servedByStageId) : undefined;
      return {
        stageId: stage.id,
        figure: figureOf(byStage.get(stage.id) ?? [], journey.kind === "EMPLOYEE", context),
        servedBy: target
          ? { stageId: target.id, journeyId: target.journeyId, name: target.name, figure: figureOf(byStage.get(target.id) ?? [], true, context) }
          : null,
        ideas: ideas
          .filter((idea) => idea.stageId === stage.id)
          .map(({ id, title, status, voteCount }) => ({ id, title, status, voteCount })),
      };
    }),
  };
}
