/**
 * The least-squares line y = intercept + slope · x through the scatter's points (the fitted line
 * drawn with Pearson's r). Null when x does not vary: no line is defined.
 */
export interface Line {
  slope: number;
  intercept: number;
}

export function leastSquares(points: readonly { x: number; y: number }[]): Line | null {
  const n = points.length;
  if (n < 2) return null;
  for (const p of points) if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) throw new RangeError("points must be finite");
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (points.every((p) => p.x === points[0]!.x) || sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
