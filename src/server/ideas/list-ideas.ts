/**
 * The idea board and GET /api/v1/ideas: the organization's ideas not merged into another,
 * searched (title and body, case-insensitive), filtered (status, team subtree, stage, prompt)
 * and sorted by most votes, newest, or trending — the sum of src/core/ideas/trending.ts,
 * computed here in SQL with the same constants so a page costs one query whatever the votes.
 */
import { Prisma } from "@/generated/prisma/client";
import { TRENDING_HALF_LIFE_MS, TRENDING_WINDOW_MS } from "@/core/ideas/trending";
import { notFound } from "@/lib/errors";
import type { IdeaBoardQuery, IdeaList, IdeaListItem } from "@/lib/schemas/idea";
import type { DbOrTx } from "../prisma-client";
import { loadOrgTeams, subtreeIds } from "../metrics/load-org-teams";
import { escapeLike } from "../responses-view/response-conditions";

export type ListIdeasOptions = { orgId: string; query: IdeaBoardQuery; now?: Date };

type Row = Omit<IdeaListItem, "statusChangedAt" | "createdAt" | "anonymous" | "trendingScore"> & {
  authorId: string | null;
  trend: number | null;
  statusChangedAt: Date;
  createdAt: Date;
};

const EXCERPT = 280;

/** The board's WHERE clause; a team or stage that isn't the organization's is a 404. */
async function conditions(db: DbOrTx, orgId: string, query: IdeaBoardQuery): Promise<Prisma.Sql> {
  const parts = [Prisma.sql`i."orgId" = ${orgId}`, Prisma.sql`i."mergedIntoId" IS NULL`];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    parts.push(Prisma.sql`(i."title" ILIKE ${pattern} ESCAPE '\\' OR i."body" ILIKE ${pattern} ESCAPE '\\')`);
  }
  if (query.status) parts.push(Prisma.sql`i."status" = ${query.status}::"IdeaStatus"`);
  if (query.prompt) parts.push(Prisma.sql`i."prompt" = ${query.prompt}::"IdeaPrompt"`);
  if (query.teamId) {
    const teams = await loadOrgTeams(db, { orgId });
    if (!teams.some((t) => t.id === query.teamId)) throw notFound("Team");
    parts.push(Prisma.sql`i."teamId" = ANY(${[...subtreeIds(teams, query.teamId)]}::text[])`);
  }
  if (query.stageId) {
    const stage = await db.journeyStage.findFirst({ where: { id: query.stageId, orgId }, select: { id: true } });
    if (!stage) throw notFound("Journey stage");
    parts.push(Prisma.sql`i."stageId" = ${query.stageId}`);
  }
  return Prisma.join(parts, " AND ");
}

export async function listIdeas(db: DbOrTx, { orgId, query, now = new Date() }: ListIdeasOptions): Promise<IdeaList> {
  const where = await conditions(db, orgId, query);
  const trending = query.sort === "trending";
  const at = now.toISOString();
  // Timestamps are stored as UTC without a zone (Prisma's timestamp(3)).
  const nowSql = Prisma.sql`(${at}::timestamptz AT TIME ZONE 'UTC')`;
  const trend = trending
    ? Prisma.sql`COALESCE((
        SELECT SUM(POWER(0.5, (EXTRACT(EPOCH FROM (${nowSql} - v."createdAt")) * 1000) / ${TRENDING_HALF_LIFE_MS}::float8))
        FROM "IdeaVote" v
        WHERE v."ideaId" = i."id" AND v."createdAt" <= ${nowSql} AND v."createdAt" > ${nowSql} - (${TRENDING_WINDOW_MS}::float8 * INTERVAL '1 millisecond')
      ), 0)::float8`
    : Prisma.sql`NULL::float8`;
  const order =
    query.sort === "newest"
      ? Prisma.sql`i."createdAt" DESC, i."id" ASC`
      : trending
        ? Prisma.sql`"trend" DESC, i."voteCount" DESC, i."createdAt" DESC, i."id" ASC`
        : Prisma.sql`i."voteCount" DESC, i."createdAt" DESC, i."id" ASC`;
  const offset = (query.page - 1) * query.pageSize;

  const [rows, counted] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT i."id", i."title", LEFT(i."body", ${EXCERPT}) AS "excerpt", i."status"::text AS "status", i."prompt"::text AS "prompt",
             i."authorId", u."name" AS "authorName", i."teamId", t."name" AS "teamName", i."stageId", s."name" AS "stageName",
             i."voteCount", i."commentCount", i."statusChangedAt", i."createdAt", ${trend} AS "trend"
      FROM "Idea" i
      LEFT JOIN "User" u ON u."id" = i."authorId"
      LEFT JOIN "Team" t ON t."id" = i."teamId"
      LEFT JOIN "JourneyStage" s ON s."id" = i."stageId"
      WHERE ${where}
      ORDER BY ${order}
      LIMIT ${query.pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS "total" FROM "Idea" i WHERE ${where}`,
  ]);
  return {
    ideas: rows.map(({ authorId, trend, statusChangedAt, createdAt, ...row }) => ({
      ...row,
      authorName: authorId ? row.authorName : null,
      anonymous: authorId === null,
      trendingScore: trending ? Number(trend ?? 0) : null,
      statusChangedAt: statusChangedAt.toISOString(),
      createdAt: createdAt.toISOString(),
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: Number(counted[0]?.total ?? 0),
  };
}
