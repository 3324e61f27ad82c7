import { assertCount, assertValidK } from "../anonymity/threshold";
import { parsePeriodKey, shiftPeriod, type PeriodUnit } from "./periods";

/** One team's figure for one period, with the number of answers behind it. */
export interface PeriodValue {
  teamId: string;
  /** "2026-01" or "2026-Q1", matching the `period` unit. */
  period: string;
  value: number;
  n: number;
}

export interface PairWithLagOptions {
  ex: readonly PeriodValue[];
  cx: readonly PeriodValue[];
  /** CX is taken this many periods after EX; 0 pairs the same period, negative lets CX lead. */
  lag: number;
  period: PeriodUnit;
  /** The org's anonymity threshold: EX from fewer respondents never becomes a point. */
  k: number;
  /** The org's minimum CX responses for a team to be a point (default 5 in the org settings). */
  minCxResponses: number;
}

/** A point for the correlation: x is EX, y is CX, so it can go straight to `correlate`. */
export interface LaggedPair {
  teamId: string;
  exPeriod: string;
  cxPeriod: string;
  x: number;
  y: number;
  exN: number;
  cxN: number;
}

function indexByTeamPeriod(values: readonly PeriodValue[], unit: PeriodUnit, side: string) {
  const byKey = new Map<string, PeriodValue>();
  for (const v of values) {
    if (parsePeriodKey(v.period).unit !== unit) {
      throw new RangeError(`${side} period "${v.period}" is not a ${unit}`);
    }
    if (!Number.isFinite(v.value)) throw new RangeError(`${side} value for ${v.teamId} ${v.period} is not finite`);
    assertCount(v.n, `${side} n for ${v.teamId} ${v.period}`);
    // JSON of the tuple cannot collide the way "a|b" joins can when ids contain the separator.
    const key = JSON.stringify([v.teamId, v.period]);
    if (byKey.has(key)) throw new RangeError(`${side} has two values for ${v.teamId} ${v.period}`);
    byKey.set(key, v);
  }
  return byKey;
}

/**
 * Pairs each team's EX in period P with its CX in P + lag (DESIGN.md, "Correlation per
 * team"), keeping only pairs where the EX group has at least k respondents and the CX at
 * least the org's minimum. The thresholds are required here rather than left to callers
 * because a scatter point is an employee figure like any other: it must never show a group
 * below k (DESIGN.md, "Anonymity").
 *
 * A team with data in several periods yields several points; they are not independent,
 * so p-values over many periods of the same teams are optimistic.
 */
export function pairWithLag(options: PairWithLagOptions): LaggedPair[] {
  const { ex, cx, lag, period, k, minCxResponses } = options;
  assertValidK(k);
  if (!Number.isInteger(minCxResponses) || minCxResponses < 1) {
    throw new RangeError(`minCxResponses must be a positive integer, got ${minCxResponses}`);
  }
  if (!Number.isInteger(lag)) throw new RangeError(`lag must be an integer, got ${lag}`);
  indexByTeamPeriod(ex, period, "ex"); // validation only: EX is walked in input order below
  const cxByKey = indexByTeamPeriod(cx, period, "cx");

  const pairs: LaggedPair[] = [];
  for (const e of ex) {
    if (e.n < k) continue;
    const cxPeriod = shiftPeriod(e.period, lag);
    const c = cxByKey.get(JSON.stringify([e.teamId, cxPeriod]));
    if (!c || c.n < minCxResponses) continue;
    pairs.push({ teamId: e.teamId, exPeriod: e.period, cxPeriod, x: e.value, y: c.value, exN: e.n, cxN: c.n });
  }
  return pairs;
}
