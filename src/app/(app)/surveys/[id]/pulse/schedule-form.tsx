"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { TeamNode } from "@/lib/team-tree";
// Isomorphic (no I/O): the form offers exactly the limits the server checks.
import { CADENCES, DEFAULT_ROUND_DAYS, MAX_ROUND_DAYS, type Cadence } from "@/server/pulses/periods";
import { CADENCE_LABELS, teamFieldName } from "@/server/pulses/schedule-input";
import { savePulseScheduleAction, stopPulseScheduleAction } from "./actions";

type Props = {
  surveyId: string;
  schedule: { cadence: Cadence | null; roundDays: number; startsOn: string | null; teamIds: string[] };
  /** Depth-first, with depth for indentation. */
  teams: Pick<TeamNode, "id" | "name" | "depth">[];
  today: string;
  disabled: boolean;
};

export function ScheduleForm({ surveyId, schedule, teams, today, disabled }: Props) {
  const [state, action, pending] = useActionState(savePulseScheduleAction, null);
  const [stopState, stopAction, stopping] = useActionState(stopPulseScheduleAction, null);
  const [cadence, setCadence] = useState<Cadence>(schedule.cadence ?? "MONTHLY");
  const chosen = new Set(schedule.teamIds);
  const teamsError = fieldError(state, "teams");
  return (
    <Card title="Schedule" description="Each round opens at midnight UTC on the first day of its period and closes after the number of days you choose.">
      <form action={action} className="max-w-2xl space-y-5">
        <FormStatus state={state} />
        <input type="hidden" name="surveyId" value={surveyId} />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField label="How often" name="cadence" value={cadence} onChange={(e) => setCadence(e.target.value as Cadence)} error={fieldError(state, "cadence")} disabled={disabled}>
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {CADENCE_LABELS[c]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Round length (days)"
            name="roundDays"
            type="number"
            min={1}
            max={MAX_ROUND_DAYS[cadence]}
            defaultValue={schedule.roundDays || DEFAULT_ROUND_DAYS}
            required
            disabled={disabled}
            error={fieldError(state, "roundDays")}
            hint={`At most ${MAX_ROUND_DAYS[cadence]}.`}
          />
          <TextField label="First round on" name="startsOn" type="date" defaultValue={schedule.startsOn ?? today} required disabled={disabled} error={fieldError(state, "startsOn")} />
        </div>
        <fieldset aria-describedby="teams-hint" className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Teams</legend>
          <p id="teams-hint" className="text-xs text-slate-500">
            A team includes its sub-teams, and members who join them later.
          </p>
          {teamsError ? (
            <p className="text-xs font-medium text-red-700" role="alert">
              {teamsError}
            </p>
          ) : null}
          {teams.length === 0 ? <p className="text-sm text-slate-600">No teams yet: create your teams first.</p> : null}
          <ul className="max-h-80 space-y-1 overflow-y-auto rounded-md p-2 ring-1 ring-inset ring-slate-200">
            {teams.map((team) => (
              <li key={team.id} style={{ paddingLeft: `${team.depth * 1.25}rem` }}>
                <label className="flex items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" name={teamFieldName(team.id)} defaultChecked={chosen.has(team.id)} disabled={disabled} className="h-4 w-4 accent-brand-600" />
                  {team.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <Button type="submit" disabled={pending || disabled}>
          {pending ? "Saving…" : "Save schedule"}
        </Button>
      </form>
      {schedule.cadence && !disabled ? (
        <form action={stopAction} className="mt-4 space-y-2 border-t border-slate-200 pt-4">
          <input type="hidden" name="surveyId" value={surveyId} />
          <FormStatus state={stopState} />
          <Button type="submit" variant="danger" disabled={stopping}>
            Stop the schedule
          </Button>
          <p className="text-xs text-slate-500">No new rounds open; a round already open runs to its end.</p>
        </form>
      ) : null}
    </Card>
  );
}
