import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/roles";
import { toIssues } from "@/lib/validation";
import { getMember, type MemberContext } from "./session";

export type { ActionState };

export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    out[key] = value;
  }
  return out;
}

export function actionError(error: unknown): ActionState<never> {
  unstable_rethrow(error);
  if (error instanceof AppError) {
    const fieldErrors = error.issues?.length
      ? Object.fromEntries(error.issues.map((i) => [String(i.path[0] ?? "form"), i.message]))
      : undefined;
    return { ok: false, message: error.message, fieldErrors };
  }
  console.error("Unexpected error in a server action", error);
  return { ok: false, message: "Something went wrong on our side. Please try again." };
}

function parseInput<S extends z.ZodType>(schema: S, formData: FormData): z.output<S> {
  const result = schema.safeParse(formDataToObject(formData));
  if (!result.success) throw new AppError("validation_failed", "Please correct the highlighted fields", toIssues(result.error));
  return result.data;
}

/**
 * The one way server actions are written for members: it resolves the caller's membership,
 * checks the permission, parses the form with the shared zod schema, and turns errors into
 * a state the form can show (shared/STYLE.md, habit 3).
 */
export function memberAction<S extends z.ZodType, T>(
  options: { permission: Permission; schema: S },
  run: (input: z.output<S>, member: MemberContext) => Promise<ActionState<T> | void>,
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      const member = await getMember();
      if (!member) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
      if (!can(member.role, options.permission)) throw new AppError("forbidden", "Your role does not allow this");
      const input = parseInput(options.schema, formData);
      return (await run(input, member)) ?? { ok: true };
    } catch (error) {
      return actionError(error);
    }
  };
}

/** For the signed-out forms (sign-up, accepting an invitation). */
export function publicAction<S extends z.ZodType, T>(options: { schema: S }, run: (input: z.output<S>) => Promise<ActionState<T> | void>) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    try {
      return (await run(parseInput(options.schema, formData))) ?? { ok: true };
    } catch (error) {
      return actionError(error);
    }
  };
}
