"use client";

import { useActionState } from "react";
import { deleteJourneyAction, updateJourneyAction } from "@/app/(app)/journeys/actions";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { JourneyDto } from "@/lib/schemas/journey";
import { SmallInput } from "./small-field";

const panel = "print:hidden rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200 [&>summary]:cursor-pointer [&>summary]:font-medium [&>summary]:text-brand-700";

/** Rename or describe the journey, or delete it (stages, touchpoints and links go with it). */
export function JourneySettings({ journey }: { journey: Pick<JourneyDto, "id" | "name" | "persona" | "description" | "stages"> }) {
  const [state, save, saving] = useActionState(updateJourneyAction, null);
  const [deleteState, remove, removing] = useActionState(deleteJourneyAction, null);
  const version = [journey.name, journey.persona, journey.description].join("\u0001");
  return (
    <details className={panel}>
      <summary>Edit journey</summary>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <form action={save} className="space-y-2" aria-label="Edit journey">
          <input type="hidden" name="journeyId" value={journey.id} />
          <div key={version} className="space-y-2">
            <SmallInput id="journey-name" name="name" label="Name" defaultValue={journey.name} required maxLength={200} error={fieldError(state, "name")} />
            <SmallInput id="journey-persona" name="persona" label="Persona" defaultValue={journey.persona ?? ""} maxLength={500} error={fieldError(state, "persona")} />
            <SmallInput id="journey-description" name="description" label="Description" defaultValue={journey.description ?? ""} maxLength={2000} error={fieldError(state, "description")} />
          </div>
          <Button type="submit" variant="secondary" disabled={saving} className="px-2 py-1 text-xs">
            Save journey
          </Button>
          <FormStatus state={state} />
        </form>
        <form action={remove} className="space-y-2 rounded-md bg-red-50 p-3" aria-label="Delete journey">
          <input type="hidden" name="journeyId" value={journey.id} />
          <p className="text-xs text-red-900">
            Deleting “{journey.name}” removes its {journey.stages.length} stages, their touchpoints and question links. Survey answers and ideas stay; ideas lose their stage.
          </p>
          <Button type="submit" variant="danger" disabled={removing} className="px-2 py-1 text-xs">
            Delete journey
          </Button>
          <FormStatus state={deleteState} />
        </form>
      </div>
    </details>
  );
}
