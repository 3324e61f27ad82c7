"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { acceptInvite } from "./actions";

export function AcceptInviteForm({ token, email }: { token: string; email: string | null }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await acceptInvite(null, form);
    if (!result?.ok) {
      setState(result);
      setPending(false);
      return;
    }
    await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField label="Your name" name="name" required error={fieldError(state, "name")} autoComplete="name" />
      <TextField
        label="Email"
        name="email"
        type="email"
        required
        defaultValue={email ?? undefined}
        readOnly={Boolean(email)}
        error={fieldError(state, "email")}
        autoComplete="email"
      />
      <TextField label="Password" name="password" type="password" required error={fieldError(state, "password")} hint="At least 10 characters." autoComplete="new-password" />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Joining…" : "Join"}
      </Button>
    </form>
  );
}
