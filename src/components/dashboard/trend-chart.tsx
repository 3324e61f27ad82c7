"use client";
/**
 * One metric's trend: the score as a line, its 95% margin of error as a band around it. Hidden
 * (employee) and empty buckets are gaps, never zeros. The figures are also in a table next to
 * the chart (TrendPanel's table), which is what assistive technology reads: the chart is one
 * labelled image, without recharts' keyboard layer (it would only repeat the table).
 */
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TrendDatum {
  label: string;
  score: number | null;
  band: [number, number] | null;
  n: number | null;
  note: string | null;
}

export function TrendChart({ data, domain, color, label }: { data: TrendDatum[]; domain: [number, number]; color: string; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-56 w-full min-w-0" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 224 }}>
        <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: "#475569" }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis domain={domain} tick={{ fontSize: 11, fill: "#475569" }} allowDataOverflow />
          <Tooltip
            formatter={(value, name) => {
              if (Array.isArray(value)) return [`${Number(value[0]).toFixed(1)} to ${Number(value[1]).toFixed(1)}`, "95% interval"];
              return [value === null || value === undefined ? "—" : Number(value).toFixed(1), String(name)];
            }}
          />
          <Area type="linear" dataKey="band" name="95% interval" stroke="none" fill={color} fillOpacity={0.15} connectNulls={false} isAnimationActive={false} />
          <Line type="linear" dataKey="score" name="Score" stroke={color} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
