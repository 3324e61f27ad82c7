/**
 * The headline tiles: score, n, margin of error, and the change against the previous period of
 * the same length with whether it is beyond the margins (src/core/scoring/compare-periods.ts).
 * A hidden employee figure says why, never a blank.
 */
import type { Tile } from "@/server/dashboard/load-dashboard";
import { dayLabel, formatCount, formatMargin, formatOne, formatScore, formatSigned, FORMULAS, hiddenReason, METRIC_LABELS } from "./format";

const range = (w: { from: string; to: string }) => `${dayLabel(w.from)} – ${dayLabel(w.to)}`;

function Change({ tile, k }: { tile: Tile; k: number }) {
  const { change, previous } = tile;
  const unit = tile.metric === "CSAT" ? " points" : "";
  if (!change) {
    const why = "suppressed" in previous ? `the previous period is hidden (fewer than ${k} people)` : previous.n === 0 ? "nobody answered in the previous period" : "this period has no figure";
    return <p className="text-sm text-slate-600">No comparison: {why}.</p>;
  }
  const arrow = change.direction === "up" ? "▲" : change.direction === "down" ? "▼" : "■";
  const tone = !change.beyondMargins ? "text-slate-700" : change.direction === "up" ? "text-emerald-700" : "text-red-700";
  return (
    <p className={`text-sm ${tone}`} data-testid="tile-change">
      <span aria-hidden>{arrow} </span>
      {formatSigned(change.delta)}
      {unit} vs previous period ·{" "}
      <strong className="font-medium" data-testid="tile-beyond">
        {change.beyondMargins ? "beyond the margins" : "within the margins"}
      </strong>{" "}
      (±{formatOne(change.margin)})
    </p>
  );
}

export function Tiles({ tiles, k }: { tiles: Tile[]; k: number }) {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {tiles.map((tile) => {
        const name = METRIC_LABELS[tile.metric];
        const id = `tile-${tile.metric.toLowerCase()}`;
        const { figure } = tile;
        return (
          <section key={tile.metric} aria-labelledby={`${id}-heading`} className="min-w-0 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={id}>
            <h2 id={`${id}-heading`} className="text-sm font-medium text-slate-600">
              {name} <span className="font-normal">· {range(tile.window)}</span>
            </h2>
            {"suppressed" in figure ? (
              <p className="mt-2 text-sm font-medium text-slate-800" data-testid="tile-hidden">
                {hiddenReason(k)}
              </p>
            ) : (
              <>
                <p className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="text-3xl font-semibold tabular-nums text-slate-900" data-testid="tile-score">
                    {formatScore(tile.metric, figure.score)}
                  </span>
                  <span className="text-sm tabular-nums text-slate-700" data-testid="tile-n">
                    n = {formatCount(figure.n)}
                  </span>
                  <span className="text-sm tabular-nums text-slate-700" data-testid="tile-moe">
                    margin {formatMargin(figure.marginOfError)}
                  </span>
                </p>
                {figure.n === 0 ? <p className="text-sm text-slate-600">Nobody answered in this period.</p> : null}
              </>
            )}
            <div className="mt-1">
              <Change tile={tile} k={k} />
              <p className="text-xs text-slate-500">Previous period: {range(tile.previousWindow)}</p>
            </div>
            <details className="mt-2 text-sm text-slate-600">
              <summary className="cursor-pointer text-brand-700">How is this computed?</summary>
              <p className="mt-1">{FORMULAS[tile.metric]}</p>
              <p className="mt-1">
                The change is beyond the margins when |Δ| &gt; √(MOE₁² + MOE₂²), the 95% margin of the difference between two independent periods.
              </p>
            </details>
          </section>
        );
      })}
    </div>
  );
}
