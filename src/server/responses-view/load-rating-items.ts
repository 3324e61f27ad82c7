/**
 * Averages of an employee survey's RATING questions per team and for the group in view, each
 * shown only where the anonymity rules allow (shared/DESIGN.md, "Anonymity": "an employee
 * figure (score, item, comment, count split) is shown only for a group of at least k").
 *
 * An item is its own figure: people skip optional questions, so a team whose eNPS stands on
 * 6 people may have 2 answers to an item, and the overall item average minus the shown teams'
 * would then be those 2 people's. So each item gets its own suppression decision over its own
 * answer counts, through the same tree as the eNPS (decide-enps-visibility.ts), and a row is
 * shown only where both that decision and the eNPS row show it: a subset of a safe set of
 * figures is still safe (nothing new can be derived from fewer figures).
 *
 * Answers are counted as people with the eNPS's own correction for repeat answers across
 * pulse rounds: a team whose R responses come from P people has at most R − P repeats, so A
 * answers to an item come from at least A − (R − P) people (load-respondent-counts.ts).
 */
import type { DbOrTx } from "../prisma-client";
import { decideEnpsVisibility, type EnpsVisibility } from "../metrics/decide-enps-visibility";
import type { OrgTeam } from "../metrics/load-org-teams";

export type ItemFigure = { mean: number; n: number };
export type RatingItem = {
  questionId: string;
  prompt: string;
  scaleMax: number | null;
  /** An earlier version of a question that was edited after it had answers. */
  archived: boolean;
  overall: ItemFigure | null;
  /** By team id; null where suppressed. */
  teams: Record<string, ItemFigure | null>;
};

export type LoadRatingItemsOptions = {
  orgId: string;
  surveyId: string;
  from: string;
  to: string;
  k: number;
  orgTeams: readonly OrgTeam[];
  /** The teams listed on screen, and the subtree whose overall is shown (undefined: the org). */
  scopeTeamIds: readonly string[];
  anchorTeamId: string | undefined;
  /** The eNPS decision for the same window and survey, which every item row must also pass. */
  headline: { rowShown: (teamId: string) => boolean };
  /** Distinct respondents per team behind the eNPS (load-respondent-counts.ts). */
  respondents: ReadonlyMap<string, number>;
};

type Sums = { questionId: string; teamId: string; n: number; total: number };

export async function loadRatingItems(db: DbOrTx, options: LoadRatingItemsOptions): Promise<RatingItem[]> {
  const { orgId, surveyId, from, to, k, orgTeams, scopeTeamIds, anchorTeamId, headline, respondents } = options;
  const [questions, sums, responses] = await Promise.all([
    db.question.findMany({
      where: { orgId, surveyId, type: "RATING" },
      select: { id: true, prompt: true, scaleMax: true, archivedAt: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
    db.$queryRaw<Sums[]>`
      SELECT a."questionId", r."teamId", COUNT(*)::int AS "n", SUM(a."numberValue")::float8 AS "total"
      FROM "Answer" a
      JOIN "Response" r ON r."id" = a."responseId" AND r."orgId" = a."orgId"
      JOIN "Question" q ON q."id" = a."questionId" AND q."orgId" = a."orgId"
      WHERE a."orgId" = ${orgId} AND r."surveyId" = ${surveyId} AND q."type" = 'RATING'::"QuestionType"
        AND a."numberValue" IS NOT NULL AND r."submittedOn" BETWEEN ${from}::date AND ${to}::date
      GROUP BY a."questionId", r."teamId"`,
    db.$queryRaw<{ teamId: string; n: number }[]>`
      SELECT r."teamId", COUNT(*)::int AS "n" FROM "Response" r
      WHERE r."orgId" = ${orgId} AND r."surveyId" = ${surveyId} AND r."submittedOn" BETWEEN ${from}::date AND ${to}::date
      GROUP BY r."teamId"`,
  ]);
  const repeats = new Map(responses.map((r) => [r.teamId, Math.max(0, r.n - (respondents.get(r.teamId) ?? 0))]));
  const byQuestion = new Map<string, Sums[]>();
  for (const row of sums) byQuestion.set(row.questionId, [...(byQuestion.get(row.questionId) ?? []), row]);

  // An archived version with no answers in the window has nothing to say.
  return questions
    .filter((q) => q.archivedAt === null || byQuestion.has(q.id))
    .sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null))
    .map((q) => {
      const rows = new Map((byQuestion.get(q.id) ?? []).map((row) => [row.teamId, row]));
      const people = new Map([...rows].map(([teamId, row]) => [teamId, Math.max(0, row.n - (repeats.get(teamId) ?? 0))]));
      const visibility: EnpsVisibility = decideEnpsVisibility({ k, teams: orgTeams, counts: people });
      const teams: Record<string, ItemFigure | null> = {};
      let n = 0;
      let total = 0;
      for (const teamId of scopeTeamIds) {
        const row = rows.get(teamId);
        n += row?.n ?? 0;
        total += row?.total ?? 0;
        teams[teamId] = row && headline.rowShown(teamId) && visibility.isRowShown(teamId) ? { mean: row.total / row.n, n: row.n } : null;
      }
      const overall = n > 0 && visibility.isOverallShown(anchorTeamId) ? { mean: total / n, n } : null;
      return { questionId: q.id, prompt: q.prompt, scaleMax: q.scaleMax, archived: q.archivedAt !== null, overall, teams };
    });
}
