"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/field";
import { createWidgetAction } from "./actions";

type Team = { id: string; name: string; depth: number };

/** Makes (or finds) the snippet of one team: answers through it count for that team. */
export function CreateWidgetForm({ surveyId, teams }: { surveyId: string; teams: Team[] }) {
  const [state, action, pending] = useActionState(createWidgetAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="surveyId" value={surveyId} />
      <div className="max-w-md">
        <SelectField label="Team the answers count for" name="teamId" error={fieldError(state, "teamId")} defaultValue={teams[0]?.id ?? ""}>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {"\u00a0\u00a0".repeat(team.depth)}
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Getting the snippet…" : "Get the snippet"}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
