"use client";

import { useActionState, useEffect, useRef } from "react";
import { commentIdeaAction } from "@/app/(app)/ideas/actions";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";

export function CommentForm({ ideaId }: { ideaId: string }) {
  const [state, action, pending] = useActionState(commentIdeaAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-3" aria-label="Add a comment">
      <input type="hidden" name="ideaId" value={ideaId} />
      <TextAreaField label="Your comment" name="body" rows={3} required maxLength={2000} error={fieldError(state, "body")} hint="Your name is shown with your comment. You'll follow the idea from then on." />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Posting…" : "Post comment"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
