/**
 * The latent "health" of each team that makes the demo's EX and CX move together: employee
 * scores and customer scores both depend on it, each with its own noise, so the per-team
 * correlation comes out clearly positive but not perfect (as in the research Tandem is built
 * on: engaged staff, happier customers, and plenty else going on).
 */
import { toScale, type Random } from "./random";

export type HealthModel = {
  /** Team health in a month; month -1 is the month before the demo starts (for the lag). */
  health(teamKey: string, month: number): number;
  /** What customers feel: mostly this month's health, partly last month's (EX leads CX). */
  customerHealth(teamKey: string, month: number): number;
};

const DRIFT_SD = 0.25;
// A team's customers also answer to things staff don't control (location, footfall, parking):
// this share of their mood is independent of the team's EX.
const CX_OWN_SD = 0.55;

/**
 * Baselines are spread over the normal's quantiles and shuffled rather than drawn freely, so
 * every seed yields some clearly strong and clearly weak teams, yet which team gets which
 * depends on the seed.
 */
export function createHealthModel(random: Random, teamKeys: string[], monthCount: number): HealthModel {
  const n = teamKeys.length;
  // Evenly spaced over ±1.75: about the spread (sd ≈ 1) of n draws from N(0, 1).
  const spread = Array.from({ length: n }, (_, i) => 3.5 * ((i + 0.5) / n - 0.5));
  const baselines = random.shuffle(spread);
  const series = new Map<string, number[]>();
  const cxOffset = new Map<string, number>();
  teamKeys.forEach((key, i) => {
    let h = (baselines[i] ?? 0) + random.normal(0, 0.2);
    const values: number[] = [];
    for (let m = -1; m < monthCount; m++) {
      values.push(h);
      h += random.normal(0, DRIFT_SD);
    }
    series.set(key, values);
    cxOffset.set(key, random.normal(0, CX_OWN_SD));
  });
  const health = (teamKey: string, month: number): number => series.get(teamKey)?.[month + 1] ?? 0;
  return {
    health,
    customerHealth: (teamKey, month) => 0.6 * health(teamKey, month) + 0.4 * health(teamKey, month - 1) + (cxOffset.get(teamKey) ?? 0),
  };
}

/**
 * A customer's 0–10 score. Most answers cluster at 8–10, with a tail of angry 0–5s that grows
 * as health falls, which is how real NPS histograms look.
 */
export function drawNps(random: Random, h: number): number {
  const angry = Math.min(0.15, Math.max(0.02, 0.06 - 0.025 * h));
  if (random.chance(angry)) return random.int(0, 5);
  return toScale(random.normal(8.3 + 0.4 * h, 1.5), 0, 10);
}

/** A customer's 1–5 satisfaction. */
export function drawCsat(random: Random, h: number): number {
  return toScale(random.normal(4.25 + 0.3 * h, 0.9), 1, 5);
}

export type EmployeeAnswers = { enps: number; items: number[] };

/**
 * One employee's pulse answers. A personal disposition shared by all their answers keeps the
 * items consistent with the eNPS score, as they are in real pulses.
 */
export function drawEmployee(random: Random, h: number, itemCount: number): EmployeeAnswers {
  const person = random.normal(0, 1);
  const enps = toScale(7.6 + 0.65 * h + 1.5 * person + random.normal(0, 0.8), 0, 10);
  const items = Array.from({ length: itemCount }, () => toScale(3.6 + 0.3 * h + 0.55 * person + random.normal(0, 0.7), 1, 5));
  return { enps, items };
}
