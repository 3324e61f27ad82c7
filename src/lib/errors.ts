/**
 * Typed errors, translated once at the edge into `{ error: { code, message, issues? } }`
 * (shared/DESIGN.md, "Public REST API"). Anything that is not an AppError is a bug: the edge
 * logs it and answers with a generic message, never the error's own text.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorIssue = { path: (string | number)[]; message: string };

export type ErrorBody = { error: { code: ErrorCode; message: string; issues?: ErrorIssue[] } };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: ErrorIssue[];

  constructor(code: ErrorCode, message: string, issues?: ErrorIssue[]) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = issues;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export const notFound = (what = "Resource") => new AppError("not_found", `${what} not found`);
