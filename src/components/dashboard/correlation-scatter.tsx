"use client";
/**
 * One point per team: eNPS across, NPS or CSAT up, with the least-squares line. The same points
 * are in the table beside it (CorrelationPanel), which is what assistive technology reads.
 */
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";

export interface ScatterDatum {
  name: string;
  ex: number;
  cx: number;
}

export function CorrelationScatter({ points, fit, cxLabel, cxDomain, label }: { points: ScatterDatum[]; fit: { slope: number; intercept: number } | null; cxLabel: string; cxDomain: [number, number]; label: string }) {
  const xs = points.map((p) => p.ex);
  const [x1, x2] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 0];
  return (
    <div role="img" aria-label={label} className="h-72 w-full min-w-0" data-testid="scatter-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 288 }}>
        <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 20, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis type="number" dataKey="ex" name="eNPS" domain={[-100, 100]} tick={{ fontSize: 11, fill: "#475569" }} label={{ value: "eNPS (employees)", position: "insideBottom", offset: -12, fontSize: 11, fill: "#334155" }} />
          <YAxis type="number" dataKey="cx" name={cxLabel} domain={cxDomain} tick={{ fontSize: 11, fill: "#475569" }} label={{ value: `${cxLabel} (customers)`, angle: -90, position: "insideLeft", offset: 12, fontSize: 11, fill: "#334155" }} />
          <Tooltip
            cursor={{ strokeDasharray: "3 3" }}
            content={({ active, payload }) => {
              const datum = active ? (payload?.[0]?.payload as ScatterDatum | undefined) : undefined;
              if (!datum) return null;
              return (
                <div className="rounded bg-white px-2 py-1 text-xs shadow ring-1 ring-slate-200">
                  <p className="font-medium">{datum.name}</p>
                  <p>
                    eNPS {datum.ex.toFixed(1)} · {cxLabel} {datum.cx.toFixed(1)}
                  </p>
                </div>
              );
            }}
          />
          {fit && x1 !== x2 ? (
            <ReferenceLine
              segment={[
                { x: x1, y: fit.intercept + fit.slope * x1 },
                { x: x2, y: fit.intercept + fit.slope * x2 },
              ]}
              stroke="#0f9d8a"
              strokeDasharray="5 4"
              ifOverflow="extendDomain"
            />
          ) : null}
          <Scatter data={points} fill="#2159c2" isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
