import type { JourneyDto } from "@/lib/schemas/journey";

export const KIND_LABELS: Record<JourneyDto["kind"], string> = { CUSTOMER: "Customer", EMPLOYEE: "Employee" };

/** Last 90 days, inclusive, in UTC: the map's default window. */
export function defaultWindow(now: Date): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(now.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}
