/**
 * The comments of an employee group that may be shown (its figure reaches k: the caller
 * decides), in a random order that changes with every request and with no date, team or id:
 * newest-first order, a timestamp or a team label would point at who wrote which.
 */
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export const MAX_SHOWN_COMMENTS = 200;

export type LoadEmployeeCommentsOptions = {
  orgId: string;
  surveyId: string;
  from: string;
  to: string;
  /** The group's teams; null means the whole organization. */
  teamIds: readonly string[] | null;
  limit?: number;
};

export type EmployeeComments = { comments: string[]; total: number };

export async function loadEmployeeComments(db: DbOrTx, options: LoadEmployeeCommentsOptions): Promise<EmployeeComments> {
  const { orgId, surveyId, from, to, teamIds, limit = MAX_SHOWN_COMMENTS } = options;
  const where = Prisma.sql`r."orgId" = ${orgId} AND r."surveyId" = ${surveyId}
    AND r."submittedOn" BETWEEN ${from}::date AND ${to}::date
    AND r."comment" IS NOT NULL AND btrim(r."comment") <> ''
    ${teamIds === null ? Prisma.empty : Prisma.sql`AND r."teamId" = ANY(${[...teamIds]}::text[])`}`;
  const [rows, count] = await Promise.all([
    // Only the text is selected: nothing else about the response leaves the database.
    db.$queryRaw<{ comment: string }[]>`SELECT r."comment" FROM "Response" r WHERE ${where} ORDER BY random() LIMIT ${limit}`,
    db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS "n" FROM "Response" r WHERE ${where}`,
  ]);
  return { comments: rows.map((r) => r.comment), total: count[0]?.n ?? 0 };
}
