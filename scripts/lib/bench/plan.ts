/**
 * The synthetic organization the benchmark measures, planned in plain values before anything
 * is written: 5 regions × 9 stores (50 teams), store traffic and "health" that varies by store
 * and drifts over the year, headcounts, and the 365 days the responses fall on.
 *
 * Every response is a pure function of its index (see seed-responses.ts), so the first tenth
 * of the indices is a uniform sample of the whole: loading indices [0, N/10) and later
 * [N/10, N) gives "a tenth of the data" and then all of it, with the same teams, days and
 * distributions at both sizes.
 */
import { createRandom } from "../../../src/server/demo/random";

export const REGION_NAMES = ["Pacific Northwest", "Mountain West", "Midwest", "Northeast", "Southeast"] as const;
const STORE_NAMES = [
  "Seattle", "Portland", "Tacoma", "Spokane", "Bend", "Eugene", "Boise", "Olympia", "Bellingham",
  "Denver", "Boulder", "Salt Lake City", "Jackson", "Missoula", "Santa Fe", "Bozeman", "Park City", "Flagstaff",
  "Chicago", "Minneapolis", "Madison", "Milwaukee", "Ann Arbor", "Columbus", "Des Moines", "Duluth", "Omaha",
  "Boston", "Burlington", "Portland ME", "Providence", "Hartford", "Albany", "North Conway", "Ithaca", "Concord",
  "Atlanta", "Asheville", "Nashville", "Charlotte", "Raleigh", "Charleston", "Savannah", "Chattanooga", "Knoxville",
] as const;
export const STORES_PER_REGION = 9;
export const DAYS = 365;
/** Weekly eNPS pulse rounds over the year (52 × 7 = 364 days). */
export const ROUNDS = 52;
/** Share of all responses that are employee pulse answers; the rest are customers'. */
export const EMPLOYEE_SHARE = 0.05;
/** Share of (person, round) invitations that are answered when the full data is loaded. */
export const PARTICIPATION = 0.75;
/** Stores small enough that their employee figures stay below k = 5 (suppression). */
const SMALL_STORES = new Map<number, number>([[4, 3], [12, 3], [33, 4]]);
/** Lookup tables are this long: a uniform index picks an entry with its weight's probability. */
export const SLOTS = 4096;

export type PlannedStore = {
  index: number;
  name: string;
  region: number;
  /** Relative customer traffic. */
  traffic: number;
  /** −1..1: how well customers and staff rate the store, the same for both (that's the link). */
  health: number;
  /** Phase of the store's yearly drift in health, 0..1. */
  phase: number;
  headcount: number;
};

export type BenchPlan = {
  responses: number;
  customerResponses: number;
  employeeResponses: number;
  stores: PlannedStore[];
  /** Total employees; person p works at store `personStore[p]`. */
  people: number;
  personStore: number[];
  /** Store index per slot (SLOTS entries), weighted by traffic. */
  storeSlots: number[];
  /** Day offset 0..DAYS−1 per slot (SLOTS entries), weighted by weekday and season. */
  daySlots: number[];
  /** First and last day of the data, YYYY-MM-DD (UTC); the last is yesterday. */
  firstDay: string;
  lastDay: string;
  /** Employee response k answers invitation slot (k · multiplier) mod (people · ROUNDS). */
  slotMultiplier: number;
};

const dayString = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => dayString(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Spreads SLOTS entries over the indices by weight (largest remainder). */
export function weightedSlots(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * SLOTS);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest);
  for (let left = SLOTS - counts.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) counts[order[j]!.i]! += 1;
  return counts.flatMap((count, i) => new Array<number>(count).fill(i));
}

export function planOrganization(responses: number, now = new Date()): BenchPlan {
  const random = createRandom(20_26);
  const stores: PlannedStore[] = STORE_NAMES.map((name, index) => ({
    index,
    name,
    region: Math.floor(index / STORES_PER_REGION),
    traffic: random.float(0.4, 1.8),
    health: Math.max(-0.9, Math.min(0.9, random.normal(0, 0.45))),
    phase: random.next(),
    headcount: 0,
  }));

  const employeeResponses = Math.round(responses * EMPLOYEE_SHARE);
  const customerResponses = responses - employeeResponses;
  // Headcount follows traffic, with a floor of 5 (a store below k only where planned so).
  const wanted = Math.max(stores.length * 5, Math.ceil(employeeResponses / (ROUNDS * PARTICIPATION)));
  const smallTotal = [...SMALL_STORES.values()].reduce((a, b) => a + b, 0);
  const regular = stores.filter((s) => !SMALL_STORES.has(s.index));
  const trafficTotal = regular.reduce((a, s) => a + s.traffic, 0);
  for (const store of stores) {
    store.headcount = SMALL_STORES.get(store.index) ?? Math.max(5, Math.round(((wanted - smallTotal) * store.traffic) / trafficTotal));
  }
  const personStore = stores.flatMap((s) => new Array<number>(s.headcount).fill(s.index));
  const people = personStore.length;
  const invitations = people * ROUNDS;
  if (employeeResponses > invitations) throw new Error("more employee responses than invitations");
  // A multiplier coprime with the number of invitations makes k ↦ k·m mod S a permutation:
  // no person answers a round twice, and any prefix of k is spread over the whole year.
  let slotMultiplier = Math.floor(invitations * 0.618_033_99) | 1;
  while (gcd(slotMultiplier, invitations) !== 1) slotMultiplier += 2;

  const lastDay = addDays(dayString(now), -1);
  const firstDay = addDays(lastDay, -(DAYS - 1));
  const weekday = [1.1, 0.8, 0.85, 0.9, 1.0, 1.2, 1.5]; // Sunday first, as getUTCDay
  const dayWeights = Array.from({ length: DAYS }, (_, d) => {
    const date = new Date(Date.parse(`${firstDay}T00:00:00Z`) + d * 86_400_000);
    const season = 1 + 0.2 * Math.sin((2 * Math.PI * (date.getUTCMonth() + 1)) / 12) + (date.getUTCMonth() === 11 ? 0.4 : 0);
    return weekday[date.getUTCDay()]! * season;
  });

  return {
    responses,
    customerResponses,
    employeeResponses,
    stores,
    people,
    personStore,
    storeSlots: weightedSlots(stores.map((s) => s.traffic)),
    daySlots: weightedSlots(dayWeights),
    firstDay,
    lastDay,
    slotMultiplier,
  };
}
