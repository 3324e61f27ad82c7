/**
 * The /follow-ups page's filters, read leniently from the URL (a bad or stale value is dropped,
 * never an error page): status, team (within the member's scope), owner (me or unassigned),
 * metric, the period of the time figures (UTC days; the last 90 days by default) and the page.
 */
import { FOLLOW_UP_METRICS, STATUS_FILTERS, type StatusFilter } from "@/lib/schemas/follow-up";
import { daySchema } from "@/lib/schemas/metrics";

export const DEFAULT_PERIOD_DAYS = 90;

export type FollowUpSearch = {
  filters: { status: StatusFilter; teamId?: string; owner?: string; metric?: "NPS" | "CSAT" };
  /** As the URL says it: "me" or "unassigned". */
  ownerParam?: "me" | "unassigned";
  period: { from: string; to: string };
  offset: number;
  /** "Now" for ages on screen, read once per request. */
  now: Date;
};

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export function readFollowUpSearch(params: Params, { userId, teamIds, today }: { userId: string; teamIds: Set<string>; today: Date }): FollowUpSearch {
  const status = STATUS_FILTERS.find((s) => s === one(params.status)) ?? "open";
  const team = one(params.team);
  const owner = one(params.owner);
  const metric = FOLLOW_UP_METRICS.find((m) => m === one(params.metric));
  const ownerParam = owner === "me" || owner === "unassigned" ? owner : undefined;

  const defaultTo = dayOf(today);
  const defaultFrom = dayOf(new Date(today.getTime() - (DEFAULT_PERIOD_DAYS - 1) * 86_400_000));
  const from = daySchema.safeParse(one(params.from));
  const to = daySchema.safeParse(one(params.to));
  let period = { from: from.success ? from.data : defaultFrom, to: to.success ? to.data : defaultTo };
  if (period.from > period.to) period = { from: defaultFrom, to: defaultTo };

  const offset = Number(one(params.offset));
  return {
    filters: {
      status,
      ...(team && teamIds.has(team) ? { teamId: team } : {}),
      ...(ownerParam ? { owner: ownerParam === "me" ? userId : "unassigned" } : {}),
      ...(metric ? { metric } : {}),
    },
    ownerParam,
    period,
    offset: Number.isInteger(offset) && offset > 0 && offset <= 1_000_000 ? offset : 0,
    now: today,
  };
}

/** The query string of a search, with some values replaced (for page links). */
export function followUpSearch(search: FollowUpSearch, overrides: { offset?: number } = {}): string {
  const params = new URLSearchParams();
  if (search.filters.status !== "open") params.set("status", search.filters.status);
  if (search.filters.teamId) params.set("team", search.filters.teamId);
  if (search.ownerParam) params.set("owner", search.ownerParam);
  if (search.filters.metric) params.set("metric", search.filters.metric);
  params.set("from", search.period.from);
  params.set("to", search.period.to);
  const offset = overrides.offset ?? search.offset;
  if (offset > 0) params.set("offset", String(offset));
  const text = params.toString();
  return text ? `?${text}` : "";
}
