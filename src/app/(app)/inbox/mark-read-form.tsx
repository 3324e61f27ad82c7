"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { markAllReadAction } from "./actions";

export function MarkAllReadForm() {
  const [state, action, pending] = useActionState(markAllReadAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="secondary" disabled={pending}>
        Mark all as read
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
