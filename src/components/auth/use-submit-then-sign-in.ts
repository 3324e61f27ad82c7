"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-state";

type Action = (previous: ActionState, form: FormData) => Promise<ActionState>;

/**
 * For forms that create an account (sign-up, accepting an invitation): run the server
 * action, and when it succeeds sign in with the same email and password and go home.
 */
export function useSubmitThenSignIn(action: Action) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await action(null, form);
    if (!result?.ok) {
      setState(result);
      setPending(false);
      return;
    }
    await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    router.replace("/");
    router.refresh();
  }

  return { state, pending, onSubmit };
}
