import { notFound } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";

/** A path id that can't be one of ours is as unknown as a missing row: 404, like teams. */
export function parseId(value: string | undefined, what: string): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound(what);
  return parsed.data;
}
