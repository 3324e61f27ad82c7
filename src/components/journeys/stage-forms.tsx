"use client";

import { useActionState, useRef, type ReactNode } from "react";
import {
  addStageAction,
  addTouchpointAction,
  deleteStageAction,
  deleteTouchpointAction,
  linkQuestionAction,
  setServedByAction,
  unlinkQuestionAction,
  updateStageAction,
  updateTouchpointAction,
} from "@/app/(app)/journeys/actions";
import { Button } from "@/components/ui/button";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/action-state";
import type { StageDto, TouchpointDto } from "@/lib/schemas/journey";
import { SmallCheckbox, SmallInput, SmallSelect } from "./small-field";

type Action = (previous: ActionState<unknown>, form: FormData) => Promise<ActionState<unknown>>;

/** A one-button form (delete, unlink, toggle) with its hidden fields and its error, if any. */
export function ActionButton({ action, fields, label, children, variant = "ghost" }: { action: Action; fields: Record<string, string>; label: string; children: ReactNode; variant?: "ghost" | "danger" | "secondary" }) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="inline">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-label={label} className="px-2 py-1 text-xs">
        {children}
      </Button>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </form>
  );
}

export function AddStageForm({ journeyId }: { journeyId: string }) {
  const [state, action, pending] = useActionState(addStageAction, null);
  const ref = useRef<HTMLFormElement>(null);
  return (
    <form ref={ref} action={action} aria-label="Add a stage" className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed border-slate-300 p-3 print:hidden">
      <input type="hidden" name="journeyId" value={journeyId} />
      <div className="min-w-48 flex-1">
        <SmallInput id="new-stage-name" name="name" label="New stage name" required maxLength={200} error={fieldError(state, "name")} />
      </div>
      <SmallCheckbox id="new-stage-mtm" name="isMomentThatMatters" label="Moment that matters" />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Adding…" : "Add stage"}
      </Button>
      <div className="basis-full">
        <FormStatus state={state} />
      </div>
    </form>
  );
}

export function StageEditForm({ stage }: { stage: StageDto }) {
  const [state, action, pending] = useActionState(updateStageAction, null);
  const p = `stage-${stage.id}`;
  // React resets a form after its action to the fields' first defaults; keying the fields by the
  // saved values remounts them with the new ones while the form keeps its status message.
  const version = [stage.name, stage.expectations, stage.feelings, stage.isMomentThatMatters].join("\u0001");
  return (
    <form action={action} className="space-y-2" aria-label={`Edit ${stage.name}`}>
      <input type="hidden" name="stageId" value={stage.id} />
      <div key={version} className="space-y-2">
        <SmallInput id={`${p}-name`} name="name" label="Name" defaultValue={stage.name} required maxLength={200} error={fieldError(state, "name")} />
        <SmallInput id={`${p}-expectations`} name="expectations" label="What they expect" defaultValue={stage.expectations ?? ""} maxLength={2000} error={fieldError(state, "expectations")} />
        <SmallInput id={`${p}-feelings`} name="feelings" label="What they feel" defaultValue={stage.feelings ?? ""} maxLength={2000} error={fieldError(state, "feelings")} />
        <SmallCheckbox id={`${p}-mtm`} name="isMomentThatMatters" label="Moment that matters" defaultChecked={stage.isMomentThatMatters} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">
        Save stage
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function DeleteStageButton({ stage }: { stage: StageDto }) {
  return (
    <ActionButton action={deleteStageAction} fields={{ stageId: stage.id }} label={`Delete stage ${stage.name}`} variant="danger">
      Delete stage
    </ActionButton>
  );
}

/** One click marks or unmarks the stage as a moment that matters. */
export function MomentToggle({ stage }: { stage: StageDto }) {
  const next = !stage.isMomentThatMatters;
  return (
    <ActionButton action={updateStageAction} fields={{ stageId: stage.id, isMomentThatMatters: String(next) }} label={`${next ? "Mark" : "Unmark"} ${stage.name} as a moment that matters`} variant="secondary">
      {next ? "☆ Mark moment" : "★ Unmark moment"}
    </ActionButton>
  );
}

type TeamOption = { id: string; name: string; depth: number };

export function AddTouchpointForm({ stage, teams }: { stage: StageDto; teams: TeamOption[] }) {
  const [state, action, pending] = useActionState(addTouchpointAction, null);
  const p = `tp-${stage.id}`;
  return (
    <form action={action} className="space-y-2" aria-label={`Add a touchpoint to ${stage.name}`}>
      <input type="hidden" name="stageId" value={stage.id} />
      <SmallInput id={`${p}-name`} name="name" label="Touchpoint" required maxLength={200} error={fieldError(state, "name")} />
      <SmallInput id={`${p}-channel`} name="channel" label="Channel" maxLength={100} placeholder="Store, web, phone…" error={fieldError(state, "channel")} />
      <SmallSelect id={`${p}-team`} name="ownerTeamId" label="Owner team" defaultValue="" error={fieldError(state, "ownerTeamId")}>
        <option value="">— No owner —</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
        ))}
      </SmallSelect>
      <SmallCheckbox id={`${p}-mtm`} name="isMomentThatMatters" label="Moment that matters" />
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">
        Add touchpoint
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function DeleteTouchpointButton({ id, name }: { id: string; name: string }) {
  return (
    <ActionButton action={deleteTouchpointAction} fields={{ touchpointId: id }} label={`Delete touchpoint ${name}`} variant="ghost">
      Remove
    </ActionButton>
  );
}

export function LinkQuestionForm({ stage, questions }: { stage: StageDto; questions: Array<{ id: string; label: string }> }) {
  const [state, action, pending] = useActionState(linkQuestionAction, null);
  const linked = new Set(stage.questions.map((q) => q.questionId));
  const available = questions.filter((q) => !linked.has(q.id));
  if (available.length === 0) return <p className="text-xs text-slate-500">No other live survey question to link.</p>;
  return (
    <form action={action} className="space-y-2" aria-label={`Link a question to ${stage.name}`}>
      <input type="hidden" name="stageId" value={stage.id} />
      <SmallSelect id={`q-${stage.id}`} name="questionId" label="Survey question that measures it" required defaultValue="" error={fieldError(state, "questionId")}>
        <option value="" disabled>
          Choose a question…
        </option>
        {available.map((q) => (
          <option key={q.id} value={q.id}>
            {q.label}
          </option>
        ))}
      </SmallSelect>
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">
        Link question
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function UnlinkQuestionButton({ stageId, questionId, prompt }: { stageId: string; questionId: string; prompt: string }) {
  return (
    <ActionButton action={unlinkQuestionAction} fields={{ stageId, questionId }} label={`Unlink question ${prompt}`}>
      Unlink
    </ActionButton>
  );
}

export function ServedByForm({ stage, employeeStages }: { stage: StageDto; employeeStages: Array<{ id: string; label: string }> }) {
  const [state, action, pending] = useActionState(setServedByAction, null);
  // Keyed by the saved link so the select shows it after the form's reset.
  return (
    <form action={action} className="space-y-2" aria-label={`Employee stage serving ${stage.name}`}>
      <input type="hidden" name="stageId" value={stage.id} />
      <SmallSelect key={stage.servedByStageId ?? "none"} id={`served-${stage.id}`} name="servedByStageId" label="Served by employee stage" defaultValue={stage.servedByStageId ?? ""} error={fieldError(state, "servedByStageId")}>
        <option value="">— None —</option>
        {employeeStages.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </SmallSelect>
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">
        Save link
      </Button>
      <FormStatus state={state} />
    </form>
  );
}

export function TouchpointEditForm({ touchpoint, teams }: { touchpoint: TouchpointDto; teams: TeamOption[] }) {
  const [state, action, pending] = useActionState(updateTouchpointAction, null);
  const p = `tp-edit-${touchpoint.id}`;
  // Keyed by the saved values so the fields show them after React resets the form.
  const version = [touchpoint.name, touchpoint.channel, touchpoint.ownerTeamId, touchpoint.isMomentThatMatters].join("\u0001");
  return (
    <form action={action} className="space-y-2" aria-label={`Edit touchpoint ${touchpoint.name}`}>
      <input type="hidden" name="touchpointId" value={touchpoint.id} />
      <div key={version} className="space-y-2">
        <SmallInput id={`${p}-name`} name="name" label="Touchpoint" defaultValue={touchpoint.name} required maxLength={200} error={fieldError(state, "name")} />
        <SmallInput id={`${p}-channel`} name="channel" label="Channel" defaultValue={touchpoint.channel ?? ""} maxLength={100} error={fieldError(state, "channel")} />
        <SmallSelect id={`${p}-team`} name="ownerTeamId" label="Owner team" defaultValue={touchpoint.ownerTeamId ?? ""} error={fieldError(state, "ownerTeamId")}>
          <option value="">— No owner —</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
          ))}
        </SmallSelect>
        <SmallCheckbox id={`${p}-mtm`} name="isMomentThatMatters" label="Moment that matters" defaultChecked={touchpoint.isMomentThatMatters} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} className="px-2 py-1 text-xs">
        Save touchpoint
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
