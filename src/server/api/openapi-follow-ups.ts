/** The follow-ups operations of the public API (assembled in ./openapi.ts). */
import type { ApiOperation } from "./openapi-types";

export const followUpOperations: ApiOperation[] = [];
