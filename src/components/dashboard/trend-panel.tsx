/**
 * A metric's trend with its table alternative (server component; only the chart itself runs in
 * the browser). Hidden and empty buckets are gaps with a note, never zeros.
 */
import type { MetricName } from "@/lib/schemas/metrics";
import type { TrendPoint } from "@/server/dashboard/load-trends";
import { bucketLabel, formatCount, formatMargin, formatScore, hiddenReason, METRIC_LABELS } from "./format";
import { TrendChart, type TrendDatum } from "./trend-chart";

const COLORS: Record<MetricName, string> = { NPS: "#2159c2", CSAT: "#7c3aed", ENPS: "#0f9d8a" };
const DOMAINS: Record<MetricName, [number, number]> = { NPS: [-100, 100], CSAT: [0, 100], ENPS: [-100, 100] };

type Props = { metric: MetricName; points: readonly TrendPoint[]; unit: "month" | "week"; id: string; k: number; title?: string };

export function TrendPanel({ metric, points, unit, id, k, title }: Props) {
  const name = METRIC_LABELS[metric];
  const per = unit === "month" ? "month" : "week";
  const hidden = points.filter((p) => "suppressed" in p.figure).length;
  const data: TrendDatum[] = points.map(({ bucket, figure }) => {
    const label = bucketLabel(bucket.key, unit, true);
    if ("suppressed" in figure) return { label, score: null, band: null, n: null, note: "hidden" };
    const { score, marginOfError: m } = figure;
    return { label, score, band: score === null || m === null ? null : [score - m, score + m], n: figure.n, note: score === null ? "no answers" : null };
  });
  const heading = title ?? `${name} by ${per}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={`trend-${metric}`}>
      <h3 id={`${id}-heading`} className="text-sm font-semibold text-slate-900">
        {heading}
      </h3>
      <p className="mb-2 text-xs text-slate-600">Line: score. Band: 95% margin of error. Gaps: no answers{metric === "ENPS" ? ", or hidden for anonymity" : ""}.</p>
      <TrendChart data={data} domain={DOMAINS[metric]} color={COLORS[metric]} label={`${heading}: chart. The same figures are in the table below.`} />
      {hidden > 0 ? (
        <p className="mt-2 text-xs text-slate-600" data-testid="trend-gap-note">
          {hidden} {hidden === 1 ? per : `${per}s`} left as {hidden === 1 ? "a gap" : "gaps"}. {hiddenReason(k)}
        </p>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700">Show as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-max text-left text-xs tabular-nums">
            <caption className="sr-only">{heading}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {unit === "month" ? "Month" : "Week"}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {name}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Margin of error
                </th>
                <th scope="col" className="py-1 font-medium">
                  n
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map(({ bucket, figure }) => (
                <tr key={bucket.key} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {bucketLabel(bucket.key, unit)}
                  </th>
                  {"suppressed" in figure ? (
                    <td colSpan={3} className="py-1 text-slate-600">
                      {hiddenReason(k)}
                    </td>
                  ) : (
                    <>
                      <td className="py-1 pr-3">{formatScore(metric, figure.score)}</td>
                      <td className="py-1 pr-3">{formatMargin(figure.marginOfError)}</td>
                      <td className="py-1">{formatCount(figure.n)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
