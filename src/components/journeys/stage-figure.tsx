import type { StageFigure } from "@/lib/schemas/journey";

const one = (value: number) => value.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const signed = (value: number) => (value > 0 ? `+${one(value)}` : value < 0 ? `−${one(Math.abs(value))}` : one(value));

/** Score bands of the map's colour scale; the band's name is always printed beside its colour. */
export const BANDS = [
  { id: "weak", label: "Weak", nps: "below 0", csat: "below 60%", className: "bg-red-100 ring-red-300 text-red-900" },
  { id: "fair", label: "Fair", nps: "0 to 29", csat: "60–79%", className: "bg-amber-100 ring-amber-300 text-amber-900" },
  { id: "good", label: "Good", nps: "30 to 49", csat: "80–89%", className: "bg-lime-100 ring-lime-300 text-lime-900" },
  { id: "strong", label: "Strong", nps: "50 and above", csat: "90% and above", className: "bg-emerald-100 ring-emerald-400 text-emerald-900" },
] as const;
const NEUTRAL = "bg-slate-50 ring-slate-200 text-slate-700";

type Band = (typeof BANDS)[number];

function bandOf(kind: "NPS" | "CSAT", score: number): Band | undefined {
  const cuts = kind === "NPS" ? [0, 30, 50] : [60, 80, 90];
  const index = cuts.filter((cut) => score >= cut).length;
  return BANDS[index];
}

/** The figure in words: what a screen reader hears and what prints in black and white. */
export function describeFigure(figure: StageFigure): { text: string; band?: Band } {
  if (figure === null) return { text: "No data" };
  if ("suppressed" in figure) return { text: "Fewer than k respondents: hidden for anonymity" };
  if (figure.kind === "RATING") return { text: figure.mean === null ? `No data (n = ${figure.n})` : `Mean rating ${one(figure.mean)} (n = ${figure.n})` };
  if (figure.score === null) return { text: `No data (n = ${figure.n})` };
  const score = figure.kind === "CSAT" ? `${one(figure.score)}%` : signed(figure.score);
  const margin = figure.marginOfError === null ? "" : ` ±${one(figure.marginOfError)}`;
  const band = bandOf(figure.kind, figure.score);
  return { text: `${figure.kind} ${score}${margin} (n = ${figure.n})`, band };
}

export function FigureBadge({ figure, label }: { figure: StageFigure; label: string }) {
  const { text, band } = describeFigure(figure);
  return (
    <div className={`rounded-md px-2 py-1.5 text-xs ring-1 ring-inset print:ring-slate-400 ${band?.className ?? NEUTRAL}`} data-testid="stage-figure">
      <span className="block font-medium">{label}</span>
      <span className="block tabular-nums">{text}</span>
      {band ? <span className="block">{band.label}</span> : null}
    </div>
  );
}

export function FigureLegend() {
  return (
    <div className="rounded-lg bg-white p-3 text-xs shadow-sm ring-1 ring-slate-200" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="mb-2 font-semibold text-slate-900">
        Colour scale
      </h2>
      <ul className="flex flex-wrap gap-2">
        {BANDS.map((b) => (
          <li key={b.id} className={`rounded px-2 py-1 ring-1 ring-inset ${b.className}`}>
            <span className="font-medium">{b.label}</span>: NPS {b.nps}; CSAT {b.csat}
          </li>
        ))}
        <li className={`rounded px-2 py-1 ring-1 ring-inset ${NEUTRAL}`}>Grey: no data, a mean rating, or hidden below k respondents</li>
      </ul>
      <p className="mt-2 text-slate-600">
        NPS = 100 × (promoters − detractors) / n; CSAT = 100 × (answers of 4 or 5) / n; ± is the 95% margin of error. Employee figures show only for at least k respondents.
      </p>
    </div>
  );
}
