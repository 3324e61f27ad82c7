import type { ApiOperation } from "./openapi-types";

export const metricsOperations: ApiOperation[] = [];
