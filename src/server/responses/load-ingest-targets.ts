/**
 * The surveys and teams a batch names, each looked up once for the whole batch (distinct ids,
 * one query each) and only inside the caller's organization.
 */
import type { Audience, Metric } from "@/lib/schemas/survey";
import type { DbOrTx } from "../prisma-client";

export type SurveyTarget = { id: string; metric: Metric; audience: Audience; headlineQuestionId: string | null };
export type IngestTargets = { surveys: Map<string, SurveyTarget>; teamIds: Set<string> };
export type LoadIngestTargetsOptions = { orgId: string; surveyIds: string[]; teamIds: string[] };

// Ids come from the request body: one with U+0000 can't exist, and PostgreSQL would refuse
// to even compare it, so it is simply not looked up (and so reported as not found).
const storable = (ids: string[]) => [...new Set(ids)].filter((id) => !id.includes("\u0000"));

export async function loadIngestTargets(db: DbOrTx, { orgId, surveyIds, teamIds }: LoadIngestTargetsOptions): Promise<IngestTargets> {
  const [surveys, teams] = await Promise.all([
    // DISTINCT ON keeps one headline per survey should an edit ever leave two unarchived.
    db.$queryRaw<{ id: string; metric: Metric; audience: Audience; headlineQuestionId: string | null }[]>`
      SELECT DISTINCT ON (s."id") s."id", s."metric"::text AS "metric", s."audience"::text AS "audience", q."id" AS "headlineQuestionId"
      FROM "Survey" s
      LEFT JOIN "Question" q ON q."surveyId" = s."id" AND q."orgId" = s."orgId" AND q."isHeadline" AND q."archivedAt" IS NULL
      WHERE s."orgId" = ${orgId} AND s."id" = ANY(${storable(surveyIds)}::text[])
      ORDER BY s."id", q."position", q."id"`,
    // Raw like the survey lookup: a model query costs ~3 ms more server CPU, on every
    // single-response POST (docs/decisions/017-benchmark.md).
    db.$queryRaw<{ id: string }[]>`SELECT t."id" FROM "Team" t WHERE t."orgId" = ${orgId} AND t."id" = ANY(${storable(teamIds)}::text[])`,
  ]);
  return { surveys: new Map(surveys.map((s) => [s.id, s])), teamIds: new Set(teams.map((t) => t.id)) };
}
