"use client";

import { useActionState } from "react";
import { followIdeaAction } from "@/app/(app)/ideas/actions";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function FollowButton({ ideaId, following }: { ideaId: string; following: boolean }) {
  const [state, action, pending] = useActionState(followIdeaAction, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="follow" value={following ? "0" : "1"} />
      <Button type="submit" variant="secondary" disabled={pending} aria-pressed={following}>
        {following ? "Following" : "Follow"}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
