"use client";

import { useSubmitThenSignIn } from "@/components/auth/use-submit-then-sign-in";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { signUp } from "./actions";

export function SignUpForm() {
  const { state, pending, onSubmit } = useSubmitThenSignIn(signUp);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <TextField label="Organization name" name="orgName" required error={fieldError(state, "orgName")} autoComplete="organization" />
      <TextField label="Your name" name="name" required error={fieldError(state, "name")} autoComplete="name" />
      <TextField label="Work email" name="email" type="email" required error={fieldError(state, "email")} autoComplete="email" />
      <TextField label="Password" name="password" type="password" required minLength={10} error={fieldError(state, "password")} hint="At least 10 characters." autoComplete="new-password" />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Creating…" : "Create organization"}
      </Button>
    </form>
  );
}
