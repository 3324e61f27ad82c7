import {
  correlationsQuerySchema,
  correlationsResponseSchema,
  metricsQuerySchema,
  metricsResponseSchema,
} from "@/lib/schemas/metrics";
import type { ApiOperation } from "./openapi-types";

/** Described from the schemas the handlers parse with, so the document can't drift. */
export const metricsOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/metrics",
    summary: "NPS, CSAT or eNPS per team and overall for a window of days (inclusive, UTC)",
    tag: "Metrics",
    query: metricsQuerySchema,
    success: {
      status: 200,
      description:
        "Figures are unrounded; with n = 0 the score, mean and margin are null. `teamId` narrows to that team's subtree; " +
        "each row holds the answers attributed to that team itself. An eNPS figure that could identify fewer than the " +
        "organization's anonymity threshold of people is `{ suppressed: true }` with no counts; the decision is the " +
        "same in every view, and with `surveyId` an eNPS figure is shown only where that survey holds all its answers.",
      schema: metricsResponseSchema,
    },
    errors: [400, 401, 404],
  },
  {
    method: "get",
    path: "/api/v1/correlations",
    summary: "Per-team eNPS against NPS or CSAT, with Pearson's r and Spearman's ρ",
    tag: "Metrics",
    query: correlationsQuerySchema,
    success: {
      status: 200,
      description:
        "One point per team: eNPS over [from, to] and CX over the same window moved `lag` months or quarters later. " +
        "A team is a point only with at least k employee respondents (and an eNPS row the metrics API would show) and " +
        "the organization's minimum of customer responses. r and ρ need 3 points, the interval 4; otherwise null.",
      schema: correlationsResponseSchema,
    },
    errors: [400, 401],
  },
];
