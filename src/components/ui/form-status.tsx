"use client";

import type { ActionState } from "@/lib/action-state";
import { Alert } from "./alert";

/** The message a server action returned, announced to screen readers. */
export function FormStatus({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (!state.ok) return <Alert tone="error">{state.message}</Alert>;
  return state.message ? <Alert tone="success">{state.message}</Alert> : null;
}

export function fieldError(state: ActionState<unknown>, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}
