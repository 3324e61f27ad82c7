import { Z_95 } from "./constants";
import { correlationPValue } from "./t-test";

export interface PearsonResult {
  /** null when n < 3 or either series is constant: there is no correlation to speak of. */
  r: number | null;
  /** Two-sided, from Student's t with n − 2 df; null whenever r is. */
  pValue: number | null;
  /** 95% interval by Fisher's z; null when r is null or n < 4 (the z standard error needs n − 3 > 0). */
  ci95: readonly [number, number] | null;
}

/** Throws on unequal lengths or non-finite values: both are a caller's bug, not data. */
export function assertPairedFinite(xs: readonly number[], ys: readonly number[]): void {
  if (xs.length !== ys.length) {
    throw new RangeError(`series must have the same length, got ${xs.length} and ${ys.length}`);
  }
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      throw new RangeError(`series values must be finite numbers (index ${i})`);
    }
  }
}

/** Exact test for "no variance": a computed variance of constant floats can be a tiny non-zero. */
export function isConstant(values: readonly number[]): boolean {
  return values.every((v) => v === values[0]);
}

/**
 * Pearson's r with its two-sided p-value and Fisher-z 95% interval
 * (DESIGN.md, "Correlation per team"). Two-pass (centre, then sum products) for accuracy.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): PearsonResult {
  assertPairedFinite(xs, ys);
  const n = xs.length;
  if (n < 3 || isConstant(xs) || isConstant(ys)) return { r: null, pValue: null, ci95: null };

  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i] ?? 0;
    meanY += ys[i] ?? 0;
  }
  meanX /= n;
  meanY /= n;

  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Values so close together that the squares underflow, or so large that they overflow,
  // leave nothing to correlate; scores and counts never come near either edge.
  if (!(sxx > 0 && syy > 0 && Number.isFinite(sxx * syy))) return { r: null, pValue: null, ci95: null };
  // Rounding can push |r| a hair past 1 for perfectly linear data.
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { r, pValue: correlationPValue(r, n), ci95: fisherInterval(r, n) };
}

/**
 * tanh(atanh(r) ± 1.96/sqrt(n − 3)), as DESIGN.md states it; null for n < 4. At r = ±1
 * atanh is infinite, and the interval collapses to [r, r].
 */
export function fisherInterval(r: number, n: number): readonly [number, number] | null {
  if (n < 4) return null;
  if (Math.abs(r) >= 1) return [r, r];
  const z = Math.atanh(r);
  const half = Z_95 / Math.sqrt(n - 3);
  return [Math.tanh(z - half), Math.tanh(z + half)];
}
