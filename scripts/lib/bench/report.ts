/**
 * The benchmark's result: the JSON line of issue 7 (keys and nesting exactly as the issue
 * gives them), a table for people, and the targets with which of them were missed.
 */

export type BenchResult = {
  responses: number;
  teams: number;
  dashboard: {
    metricsP50Ms: number;
    metricsP95Ms: number;
    correlationsP50Ms: number;
    correlationsP95Ms: number;
    p95GrowthRatio: number;
    naiveP95Ms: number;
    speedupVsNaive: number;
    /** null when the server has no /dashboard page (it answered 404). */
    pageP95Ms: number | null;
  };
  ingest: { batchPerSecond: number; singlePerSecond: number; singleP99Ms: number; rawInsertPerSecond: number };
  peakRssMb: number;
};

export type Target = { name: string; met: boolean | null; detail: string };

export function checkTargets(result: BenchResult): Target[] {
  const { dashboard: d, ingest: i } = result;
  const batchShare = i.batchPerSecond / i.rawInsertPerSecond;
  return [
    { name: "metrics p95 ≤ 100 ms", met: d.metricsP95Ms <= 100, detail: `${d.metricsP95Ms} ms` },
    { name: "correlations p95 ≤ 100 ms", met: d.correlationsP95Ms <= 100, detail: `${d.correlationsP95Ms} ms` },
    { name: "p95 at full size ≤ 2× p95 at a tenth", met: d.p95GrowthRatio <= 2, detail: `${d.p95GrowthRatio}×` },
    { name: "≥ 20× faster than the naive aggregate", met: d.speedupVsNaive >= 20, detail: `${d.speedupVsNaive}×` },
    { name: "batch ingestion ≥ 35% of raw insert", met: batchShare >= 0.35, detail: `${(batchShare * 100).toFixed(1)}%` },
    { name: "/dashboard render p95 ≤ 300 ms", met: d.pageP95Ms === null ? null : d.pageP95Ms <= 300, detail: d.pageP95Ms === null ? "not measured: no /dashboard page" : `${d.pageP95Ms} ms` },
    { name: "server peak RSS < 500 MB", met: result.peakRssMb < 500, detail: `${result.peakRssMb} MB` },
  ];
}

export function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join("\n");
}

export const round1 = (value: number) => Math.round(value * 10) / 10;
export const round2 = (value: number) => Math.round(value * 100) / 100;
