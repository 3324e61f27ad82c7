import type { ApiOperation } from "./openapi-types";

export const ingestOperations: ApiOperation[] = [];
