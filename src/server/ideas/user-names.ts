import type { DbOrTx } from "../prisma-client";

/**
 * Names of the given users. Ideas keep user ids without a relation (an author may be null, and
 * a person may leave the organization), so names are looked up here, in one query.
 */
export async function userNames(db: DbOrTx, ids: Iterable<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}
