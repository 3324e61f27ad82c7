/**
 * The WHERE clause every customer-response read shares (the page, its figure and both CSV
 * exports), so what is listed, what is counted and what is exported are always the same set.
 * The table is aliased `r`.
 */
import { Prisma } from "@/generated/prisma/client";
import type { Metric } from "@/lib/schemas/survey";
import { SCORE_BANDS, type ResponseFilters } from "./view-filters";

export type ResponseConditionsOptions = {
  orgId: string;
  surveyId: string;
  metric: Metric;
  /** The teams in view (resolve-team-scope.ts); null means the whole organization. */
  teamIds: readonly string[] | null;
  filters: ResponseFilters;
};

/** `%`, `_` and the escape character itself match literally: a search for "50%" means 50%. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export function responseConditions({ orgId, surveyId, metric, teamIds, filters }: ResponseConditionsOptions): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`r."orgId" = ${orgId}`, Prisma.sql`r."surveyId" = ${surveyId}`];
  if (teamIds !== null) parts.push(Prisma.sql`r."teamId" = ANY(${[...teamIds]}::text[])`);
  const band = filters.band ? SCORE_BANDS[filters.band] : undefined;
  // A band of another metric never reaches here (view-filters.ts); checked again because a
  // slip would quietly list the wrong answers.
  if (band && (band.metrics as readonly Metric[]).includes(metric)) parts.push(Prisma.sql`r."score" BETWEEN ${band.min} AND ${band.max}`);
  if (filters.from) parts.push(Prisma.sql`r."submittedOn" >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`r."submittedOn" <= ${filters.to}::date`);
  // ILIKE rather than full-text search: comments are short, in any language, and people
  // search for names and fragments ("refund", "Sam") that stemming would not find.
  if (filters.q) parts.push(Prisma.sql`r."comment" ILIKE ${`%${escapeLike(filters.q)}%`} ESCAPE '\\'`);
  return Prisma.join(parts, " AND ");
}
