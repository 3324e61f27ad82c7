// The pure scoring core (STYLE.md, "Pure core"): plain values in, plain values out.
export * from "./scoring/scales";
export * from "./scoring/histogram";
export * from "./scoring/nps";
export * from "./scoring/csat";
export * from "./stats/constants";
export * from "./stats/t-test";
export * from "./stats/pearson";
export * from "./stats/spearman";
export * from "./stats/correlate";
export * from "./stats/periods";
export * from "./stats/pair-with-lag";
export * from "./anonymity/threshold";
export * from "./anonymity/suppress";
export * from "./anonymity/filter";
