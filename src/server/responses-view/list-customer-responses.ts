/**
 * One page of a customer survey's individual responses, newest first, with keyset pagination:
 * the cursor is the last row's (instant, id), so page 2,000 costs what page 1 does and a
 * response arriving meanwhile never shifts a page. Employee responses are never listed
 * (shared/DESIGN.md, "Anonymity"): the caller checks the audience, and so does this.
 */
import { AppError } from "@/lib/errors";
import { Prisma } from "@/generated/prisma/client";
import { idSchema } from "@/lib/schemas/common";
import type { DbOrTx } from "../prisma-client";
import { loadOtherAnswers, type AnswerView } from "./load-other-answers";
import { responseConditions, type ResponseConditionsOptions } from "./response-conditions";

export const PAGE_SIZE = 50;

export type ResponseRow = {
  id: string;
  /** The instant (ISO, UTC); for a response stored with its day only, that day's midnight. */
  at: string;
  /** False when only the day is known. */
  hasTime: boolean;
  teamId: string;
  teamName: string;
  score: number | null;
  comment: string | null;
  answers: AnswerView[];
};

/** `after` pages towards older responses, `before` towards newer ones. */
export type PageCursor = { after: string } | { before: string } | Record<string, never>;

export type ResponsesPage = { rows: ResponseRow[]; olderCursor: string | null; newerCursor: string | null };

export type ListCustomerResponsesOptions = ResponseConditionsOptions & {
  audience: "CUSTOMER" | "EMPLOYEE";
  cursor?: PageCursor;
  limit?: number;
  /** The export needs no answers per row on screen; it formats them itself. */
  withAnswers?: boolean;
};

type Key = { at: string; id: string };

export function encodeCursor(key: Key): string {
  return Buffer.from(`${key.at}|${key.id}`, "utf8").toString("base64url");
}

/** A cursor that doesn't decode is the caller's mistake (a hand-edited URL): a 400. */
export function decodeCursor(cursor: string): Key {
  const [at, id, extra] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const time = at ? Date.parse(at) : Number.NaN;
  if (extra !== undefined || !at || !id || Number.isNaN(time) || !idSchema.safeParse(id).success || new Date(time).toISOString() !== at) {
    throw new AppError("bad_request", "This page link is not valid: start again from the first page");
  }
  return { at, id };
}

// The sort key: customer responses keep their instant; one stored with the day only sorts at
// that day's midnight. Rendered as text so no driver time-zone handling can move it.
const AT = Prisma.sql`COALESCE(r."submittedAt", r."submittedOn"::timestamp)`;

type Row = { id: string; at: string; hasTime: boolean; teamId: string; teamName: string; score: number | null; comment: string | null };

export async function listCustomerResponses(db: DbOrTx, options: ListCustomerResponsesOptions): Promise<ResponsesPage> {
  if (options.audience !== "CUSTOMER") throw new AppError("forbidden", "Employee responses are shown only as figures of groups of at least k people");
  const { orgId, cursor = {}, limit = PAGE_SIZE, withAnswers = true } = options;
  const backwards = "before" in cursor;
  const key = "after" in cursor ? decodeCursor(cursor.after) : "before" in cursor ? decodeCursor(cursor.before) : null;
  // Row comparison (a, b) < (x, y) is what makes the keyset exact when instants tie.
  const seek = key === null ? Prisma.empty : backwards ? Prisma.sql`AND (${AT}, r."id") > (${key.at}::timestamp, ${key.id})` : Prisma.sql`AND (${AT}, r."id") < (${key.at}::timestamp, ${key.id})`;
  const order = backwards ? Prisma.sql`ORDER BY ${AT} ASC, r."id" ASC` : Prisma.sql`ORDER BY ${AT} DESC, r."id" DESC`;
  const found = await db.$queryRaw<Row[]>`
    SELECT r."id", to_char(${AT}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", r."submittedAt" IS NOT NULL AS "hasTime",
      r."teamId", t."name" AS "teamName", r."score", r."comment"
    FROM "Response" r
    JOIN "Team" t ON t."id" = r."teamId" AND t."orgId" = r."orgId"
    WHERE ${responseConditions(options)} ${seek}
    ${order}
    LIMIT ${limit + 1}`;
  const more = found.length > limit;
  const page = found.slice(0, limit);
  if (backwards) page.reverse();
  const answers = withAnswers ? await loadOtherAnswers(db, { orgId, responses: page }) : new Map<string, AnswerView[]>();
  const rows = page.map((row) => ({ ...row, answers: answers.get(row.id) ?? [] }));
  const first = rows[0];
  const last = rows.at(-1);
  // Going back, "older" exists because we came from there; going forward, "newer" does.
  const hasOlder = backwards ? key !== null : more;
  const hasNewer = backwards ? more : key !== null;
  return {
    rows,
    olderCursor: hasOlder && last ? encodeCursor(last) : null,
    newerCursor: hasNewer && first ? encodeCursor(first) : null,
  };
}
