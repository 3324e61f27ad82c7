/** What a server action returns to the form that called it. */
export type ActionState<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }
  | null;
