/**
 * INSERT … SELECT FROM unnest(arrays): one statement and one parameter per column, whatever
 * the row count. Prisma's createMany spends about 0.3 ms of client time per row, which made
 * the demo's few thousand responses and answers most of the seed's run time; this takes
 * milliseconds. Only for the demo's large tables: the column lists must follow schema.prisma
 * by hand, which createMany would have checked at compile time.
 */
import type { DbOrTx } from "../prisma-client";

type SqlType = "text" | "int4" | "date" | "timestamp(3)";
type Value = string | number | Date | null | undefined;

export type BulkColumn<R> = { name: string; type: SqlType; value: (row: R) => Value };

export async function bulkInsert<R>(db: DbOrTx, table: string, columns: BulkColumn<R>[], rows: R[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const values = columns.map((c) => rows.map((row) => toParameter(c.value(row), c.type)));
  await db.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, ...values);
}

/** Prisma stores DateTime as UTC in `timestamp(3)` (no zone) and @db.Date as a plain day. */
function toParameter(value: Value, type: SqlType): string | number | null {
  if (value === undefined || value === null) return null;
  if (!(value instanceof Date)) return value;
  const iso = value.toISOString();
  return type === "date" ? iso.slice(0, 10) : iso.replace("T", " ").replace("Z", "");
}
