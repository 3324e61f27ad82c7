/**
 * Trend series per metric over whole calendar buckets: per bucket, the overall of the team in
 * view (its subtree) or of the organization, exactly as GET /api/v1/metrics gives it for the
 * bucket's window (tested), in one grouped query per metric instead of one request per bucket.
 * Employee buckets go through the same suppression tree as the metrics API, decided over the
 * whole organization for that bucket; a hidden bucket is `{ suppressed: true }`, never a zero.
 */
import { addHistograms } from "@/core";
import type { Bucket, BucketUnit } from "@/core/dashboard/calendar";
import type { Figure, MetricName, SuppressedFigure } from "@/lib/schemas/metrics";
import { computeFigure } from "../metrics/compute-figure";
import { decideEnpsVisibility } from "../metrics/decide-enps-visibility";
import { subtreeIds, type OrgTeam } from "../metrics/load-org-teams";
import { EMPTY_HISTOGRAM } from "../metrics/load-team-histograms";
import type { DbOrTx } from "../prisma-client";
import type { TeamParticipation } from "../metrics/load-respondent-counts";
import { bucketRespondents, loadBucketHistograms, type BucketHistograms } from "./load-bucket-histograms";
import { loadParticipationPass, type ParticipationPass } from "./load-participation";

export type TrendFigure = Figure | SuppressedFigure;

export interface TrendPoint {
  bucket: Bucket;
  figure: TrendFigure;
}

export interface LoadTrendsOptions {
  orgId: string;
  teams: readonly OrgTeam[];
  k: number;
  metrics: readonly MetricName[];
  unit: BucketUnit;
  /** Whole buckets, oldest first (src/core/dashboard bucketsCovering). */
  buckets: readonly Bucket[];
  /** The team whose subtree the series describes; undefined for the whole organization. */
  anchorTeamId: string | undefined;
  /** A survey per metric, as the metrics API's surveyId filter. */
  surveyIds?: Partial<Record<MetricName, string>>;
  /** Per metric, the buckets' rows when the caller reads them in shared passes (load-histogram-pass.ts, load-participation.ts). */
  shared?: Partial<Record<MetricName, SharedTrendData>>;
}

/** Pre-loaded inputs; the `unfiltered` ones are needed with an eNPS survey filter. */
export interface SharedTrendData {
  histograms: Promise<BucketHistograms>;
  unfilteredHistograms?: Promise<BucketHistograms>;
  participation?: Promise<ReadonlyMap<string, TeamParticipation>>;
  unfilteredParticipation?: Promise<ReadonlyMap<string, TeamParticipation>>;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export async function loadTrends(db: DbOrTx, options: LoadTrendsOptions): Promise<Partial<Record<MetricName, TrendPoint[]>>> {
  const { orgId, teams, k, metrics, unit, buckets, anchorTeamId, surveyIds = {}, shared: sharedByMetric = {} } = options;
  const result: Partial<Record<MetricName, TrendPoint[]>> = {};
  if (buckets.length === 0) {
    for (const metric of metrics) result[metric] = [];
    return result;
  }
  const range = { orgId, unit, from: buckets[0]!.from, to: buckets[buckets.length - 1]!.to };
  const scope = anchorTeamId === undefined ? null : subtreeIds(teams, anchorTeamId);

  await Promise.all(
    metrics.map(async (metric) => {
      const surveyId = surveyIds[metric];
      const shared = sharedByMetric[metric];
      if (metric !== "ENPS") {
        // Customer figures need only the teams in view.
        const byBucket = await (shared?.histograms ?? loadBucketHistograms(db, { ...range, metric, surveyId, teamIds: scope ? [...scope] : undefined }));
        result[metric] = buckets.map((bucket) => ({ bucket, figure: computeFigure(metric, overallOf(byBucket, bucket.key, teams, scope)) }));
        return;
      }
      // Employee figures: every team, because whether a group may be shown depends on all of them.
      const filtered = surveyId !== undefined;
      const trend = { unit, from: range.from, to: range.to };
      const bucketsOf = (pass: Promise<ParticipationPass>) => pass.then((p) => p.buckets);
      const [byBucket, unfiltered, participation, unfilteredParticipation] = await Promise.all([
        shared?.histograms ?? loadBucketHistograms(db, { ...range, metric, surveyId }),
        filtered ? (shared?.unfilteredHistograms ?? loadBucketHistograms(db, { ...range, metric })) : undefined,
        shared?.participation ?? bucketsOf(loadParticipationPass(db, { orgId, surveyId, trend })),
        filtered ? (shared?.unfilteredParticipation ?? bucketsOf(loadParticipationPass(db, { orgId, trend }))) : undefined,
      ]);
      const people = bucketRespondents(byBucket, participation);
      const unfilteredPeople = unfiltered && bucketRespondents(unfiltered, unfilteredParticipation!);
      result[metric] = buckets.map((bucket) => {
        const visibility = decideEnpsVisibility({
          k,
          teams,
          counts: people.get(bucket.key) ?? NO_COUNTS,
          unfilteredCounts: unfilteredPeople ? (unfilteredPeople.get(bucket.key) ?? NO_COUNTS) : undefined,
        });
        const figure: TrendFigure = visibility.isOverallShown(anchorTeamId)
          ? computeFigure(metric, overallOf(byBucket, bucket.key, teams, scope))
          : { suppressed: true };
        return { bucket, figure };
      });
    }),
  );
  return result;
}

function overallOf(byBucket: BucketHistograms, key: string, teams: readonly OrgTeam[], scope: ReadonlySet<string> | null): number[] {
  const byTeam = byBucket.get(key);
  let hist: number[] = [...EMPTY_HISTOGRAM.hist];
  if (!byTeam) return hist;
  for (const team of teams) {
    if (scope && !scope.has(team.id)) continue;
    const h = byTeam.get(team.id);
    if (h) hist = addHistograms(hist, h.hist);
  }
  return hist;
}
