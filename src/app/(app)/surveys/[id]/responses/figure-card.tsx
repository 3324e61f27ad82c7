import type { ReactNode } from "react";
import type { Figure } from "@/lib/schemas/metrics";
import type { Metric } from "@/lib/schemas/survey";
import { FORMULAS, METRIC_NAMES, formatCount, formatMargin, formatScore } from "./format-figure";

const share = (part: number, n: number) => (n === 0 ? "" : ` (${Math.round((100 * part) / n)}%)`);

/** One headline figure with its n and margin, its parts, and its formula one click away (DESIGN.md). */
export function FigureCard({ metric, figure, title, note }: { metric: Metric; figure: Figure; title: string; note?: ReactNode }) {
  const parts =
    "promoters" in figure
      ? [`${formatCount(figure.promoters)} promoters${share(figure.promoters, figure.n)}`, `${formatCount(figure.passives)} passives${share(figure.passives, figure.n)}`, `${formatCount(figure.detractors)} detractors${share(figure.detractors, figure.n)}`]
      : [`${formatCount(figure.satisfied)} satisfied${share(figure.satisfied, figure.n)}`, `mean ${figure.mean === null ? "—" : figure.mean.toFixed(2)} of 5`];
  return (
    <section aria-labelledby="figure-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="figure">
      <h2 id="figure-heading" className="text-sm font-medium text-slate-600">
        {title}
      </h2>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="figure-score">
          {METRIC_NAMES[metric]} {formatScore(metric, figure.score)}
        </span>
        <span className="text-sm text-slate-700 tabular-nums" data-testid="figure-n">
          n = {formatCount(figure.n)}
        </span>
        <span className="text-sm text-slate-700 tabular-nums">margin of error {formatMargin(figure)}</span>
      </p>
      {figure.n > 0 ? <p className="mt-1 text-sm text-slate-600">{parts.join(" · ")}</p> : null}
      {note ? <p className="mt-1 text-sm text-slate-600">{note}</p> : null}
      <details className="mt-2 text-sm text-slate-600">
        <summary className="cursor-pointer text-brand-700">How is this computed?</summary>
        <p className="mt-1">{FORMULAS[metric]}</p>
      </details>
    </section>
  );
}
