/**
 * Starts the dashboard's shared reads: per metric one rollup pass (the trend's buckets and both
 * windows), and for eNPS one participation pass — each once more without the survey filter when
 * an eNPS survey narrows, because the suppression decision needs the unfiltered groups too
 * (metrics/decide-enps-visibility.ts). The promises are handed to the loaders that use them, so
 * everything runs at once and each table is scanned once per filter.
 */
import type { BucketUnit, DayWindow } from "@/core/dashboard/calendar";
import type { MetricName } from "@/lib/schemas/metrics";
import type { DbOrTx } from "../prisma-client";
import { loadHistogramPass, type HistogramPass } from "./load-histogram-pass";
import { loadParticipationPass, type ParticipationPass } from "./load-participation";
import type { SharedTrendData } from "./load-trends";
import type { SharedWindowData } from "./load-window-figures";

export interface StartPassesOptions {
  orgId: string;
  metrics: readonly MetricName[];
  surveyIds: Partial<Record<MetricName, string>>;
  /** Teams whose customer rows may be read; null = all. Employee rows are always read for all. */
  readable: ReadonlySet<string> | null;
  trend: DayWindow & { unit: BucketUnit };
  /** Per metric: [current window, previous window] (disjoint). */
  windowsOf: (metric: MetricName) => readonly [DayWindow, DayWindow];
}

export interface Passes {
  /** The shared rows of one metric's current (0) or previous (1) window. */
  window(metric: MetricName, which: 0 | 1): SharedWindowData;
  trend: Partial<Record<MetricName, SharedTrendData>>;
}

export function startPasses(db: DbOrTx, { orgId, metrics, surveyIds, readable, trend, windowsOf }: StartPassesOptions): Passes {
  const byMetric = new Map<MetricName, { hist: Promise<HistogramPass>; histAll?: Promise<HistogramPass>; people?: Promise<ParticipationPass>; peopleAll?: Promise<ParticipationPass> }>();
  for (const metric of metrics) {
    const windows = windowsOf(metric);
    const surveyId = surveyIds[metric];
    const employee = metric === "ENPS";
    const teamIds = employee || readable === null ? undefined : [...readable];
    const hist = (s: string | undefined) => loadHistogramPass(db, { orgId, metric, surveyId: s, teamIds, trend, windows });
    const people = (s: string | undefined) => loadParticipationPass(db, { orgId, surveyId: s, trend, windows });
    const filtered = employee && surveyId !== undefined;
    byMetric.set(metric, {
      hist: hist(surveyId),
      histAll: filtered ? hist(undefined) : undefined,
      people: employee ? people(surveyId) : undefined,
      peopleAll: filtered ? people(undefined) : undefined,
    });
  }
  const of = (metric: MetricName) => {
    const passes = byMetric.get(metric);
    if (!passes) throw new Error(`no pass was started for ${metric}`);
    return passes;
  };
  const trendData: Partial<Record<MetricName, SharedTrendData>> = {};
  for (const metric of metrics) {
    const p = of(metric);
    trendData[metric] = {
      histograms: p.hist.then((x) => x.buckets),
      unfilteredHistograms: p.histAll?.then((x) => x.buckets),
      participation: p.people?.then((x) => x.buckets),
      unfilteredParticipation: p.peopleAll?.then((x) => x.buckets),
    };
  }
  return {
    window(metric, which) {
      const p = of(metric);
      return {
        histograms: p.hist.then((x) => x.windows[which]!),
        unfilteredHistograms: p.histAll?.then((x) => x.windows[which]!),
        participation: p.people?.then((x) => x.windows[which]!),
        unfilteredParticipation: p.peopleAll?.then((x) => x.windows[which]!),
      };
    },
    trend: trendData,
  };
}
