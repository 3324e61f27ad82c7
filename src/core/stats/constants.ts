/**
 * The two-sided 95% normal quantile as DESIGN.md writes it ("1.96 · …"). R and SciPy use
 * qnorm(0.975) = 1.959964…, so their intervals differ from ours around the fifth decimal;
 * we follow the documented formula so a user can redo every figure by hand.
 */
export const Z_95 = 1.96;
