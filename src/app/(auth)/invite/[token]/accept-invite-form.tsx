"use client";

import { useSubmitThenSignIn } from "@/components/auth/use-submit-then-sign-in";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { acceptInvite } from "./actions";

export function AcceptInviteForm({ token, email }: { token: string; email: string | null }) {
  const { state, pending, onSubmit } = useSubmitThenSignIn(acceptInvite);

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
