/**
 * EX ↔ CX per team: the scatter, Pearson's r and Spearman's ρ with their p-values, the 95%
 * interval, n, the lag selector and the reading in words (src/core/stats/read-correlation.ts).
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { formatPValue } from "@/core/stats/read-correlation";
import { dashboardSearch, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { CorrelationBlock } from "@/server/dashboard/load-correlation-block";
import { CorrelationScatter } from "./correlation-scatter";
import { dayLabel, formatCount, formatOne } from "./format";

const two = (v: number | null) => (v === null ? "—" : v < 0 ? `−${Math.abs(v).toFixed(2)}` : v.toFixed(2));
const p = (v: number | null) => (v === null ? "—" : formatPValue(v).replace(/^p /, ""));

function Choice({ href, current, children, label }: { href: string; current: boolean; children: ReactNode; label?: string }) {
  return (
    <Link
      href={href}
      aria-current={current ? "true" : undefined}
      aria-label={label}
      scroll={false}
      className={`rounded-md px-2.5 py-1 text-sm ring-1 ring-inset ${current ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
    >
      {children}
    </Link>
  );
}

export function CorrelationPanel({ block, filters, teamNames }: { block: CorrelationBlock; filters: DashboardFilters; teamNames: ReadonlyMap<string, string> }) {
  const { result, query, reading, fit } = block;
  const cxName = query.cx;
  const periodWord = query.period === "quarter" ? "quarter" : "month";
  const href = (changes: Partial<DashboardFilters>) => `/dashboard${dashboardSearch(filters, changes)}#correlation`;
  const points = result.points.map((pt) => ({ name: teamNames.get(pt.teamId) ?? pt.teamId, ex: pt.ex, cx: pt.cx }));
  return (
    <section id="correlation" aria-labelledby="correlation-heading" className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5" data-testid="correlation">
      <h2 id="correlation-heading" className="text-base font-semibold text-slate-900">
        Employees and customers, team by team
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Each point is a team: its eNPS from {dayLabel(query.from)} to {dayLabel(query.to)} against its {cxName} from {dayLabel(block.cxWindow.from)} to {dayLabel(block.cxWindow.to)}
        {query.lag > 0 ? ` (${query.lag} ${periodWord}${query.lag === 1 ? "" : "s"} later)` : ""}. Teams count only with enough employee and customer answers.
        {block.narrowed ? " Only the teams in view are counted." : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <div role="group" aria-label="Customer metric" className="flex items-center gap-1">
          <span className="mr-1 text-sm text-slate-700">Customer metric</span>
          {(["NPS", "CSAT"] as const).map((cx) => (
            <Choice key={cx} href={href({ cx })} current={query.cx === cx}>
              {cx}
            </Choice>
          ))}
        </div>
        <div role="group" aria-label="Lag" className="flex items-center gap-1" data-testid="lag-selector">
          <span className="mr-1 text-sm text-slate-700">Lag</span>
          {[0, 1, 2, 3, 4].map((lag) => (
            <Choice key={lag} href={href({ lag })} current={query.lag === lag} label={`Lag ${lag} ${periodWord}${lag === 1 ? "" : "s"}`}>
              {lag}
            </Choice>
          ))}
        </div>
        <div role="group" aria-label="Lag period" className="flex items-center gap-1">
          {(["month", "quarter"] as const).map((period) => (
            <Choice key={period} href={href({ lagPeriod: period })} current={query.period === period}>
              {period === "month" ? "Months" : "Quarters"}
            </Choice>
          ))}
        </div>
      </div>
      <p className="mt-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800" data-testid="correlation-reading">
        {reading.text}
      </p>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CorrelationScatter points={points} fit={fit} cxLabel={cxName} cxDomain={cxName === "CSAT" ? [0, 100] : [-100, 100]} label={`Scatter of ${points.length} teams, eNPS against ${cxName}. The figures are in the table beside it.`} />
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 self-start text-sm tabular-nums" data-testid="correlation-stats">
          <dt className="text-slate-600">Teams (n)</dt>
          <dd data-testid="stat-n">{result.n}</dd>
          <dt className="text-slate-600">Pearson r</dt>
          <dd data-testid="stat-r">{two(result.pearson.r)}</dd>
          <dt className="text-slate-600">p-value (r)</dt>
          <dd data-testid="stat-p">{p(result.pearson.pValue)}</dd>
          <dt className="text-slate-600">95% interval for r</dt>
          <dd data-testid="stat-ci">{result.pearson.ci95 ? `${two(result.pearson.ci95[0])} to ${two(result.pearson.ci95[1])}` : "—"}</dd>
          <dt className="text-slate-600">Spearman ρ</dt>
          <dd data-testid="stat-rho">{two(result.spearman.rho)}</dd>
          <dt className="text-slate-600">p-value (ρ)</dt>
          <dd>{p(result.spearman.pValue)}</dd>
          <dt className="text-slate-600">Fitted line</dt>
          <dd>{fit ? `${cxName} = ${formatOne(fit.intercept)} ${fit.slope < 0 ? "−" : "+"} ${Math.abs(fit.slope).toFixed(2)} × eNPS` : "—"}</dd>
        </dl>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700">Show the points as a table</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-max text-left text-xs tabular-nums" data-testid="scatter-table">
            <caption className="sr-only">Teams in the correlation with their eNPS and {cxName}</caption>
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Team</th>
                <th scope="col" className="py-1 pr-3 font-medium">eNPS</th>
                <th scope="col" className="py-1 pr-3 font-medium">eNPS n</th>
                <th scope="col" className="py-1 pr-3 font-medium">{cxName}</th>
                <th scope="col" className="py-1 font-medium">{cxName} n</th>
              </tr>
            </thead>
            <tbody>
              {result.points.map((pt) => (
                <tr key={pt.teamId} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{teamNames.get(pt.teamId) ?? pt.teamId}</th>
                  <td className="py-1 pr-3">{formatOne(pt.ex)}</td>
                  <td className="py-1 pr-3">{formatCount(pt.exN)}</td>
                  <td className="py-1 pr-3">{formatOne(pt.cx)}</td>
                  <td className="py-1">{formatCount(pt.cxN)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.points.length === 0 ? <p className="mt-1 text-slate-600">No team qualifies in this window.</p> : null}
        </div>
      </details>
    </section>
  );
}
