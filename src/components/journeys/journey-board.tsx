"use client";

import { useEffect, useState, useTransition } from "react";
import { moveStageAction } from "@/app/(app)/journeys/actions";
import type { EditorOptions } from "@/app/(app)/journeys/[id]/editor-options";
import type { JourneyDto, JourneyMapDto, StageDto } from "@/lib/schemas/journey";
import { AddStageForm } from "./stage-forms";
import { StageColumn } from "./stage-column";

type MapStage = JourneyMapDto["stages"][number];
export type BoardStage = StageDto & Pick<MapStage, "figure" | "servedBy" | "ideas">;
export type TeamOption = { id: string; name: string; depth: number };

type Props = { journeyId: string; kind: JourneyDto["kind"]; stages: BoardStage[]; canManage: boolean; teams: TeamOption[]; options: EditorOptions };

/**
 * The map: stages left to right (scrolling sideways on small screens). Drag a stage onto
 * another, or use Earlier/Later, to reorder on the server; each move is announced in a live
 * region and focus follows the moved stage.
 */
export function JourneyBoard({ journeyId, kind, stages, canManage, teams, options }: Props) {
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!focusId || pending) return;
    const el = document.getElementById(focusId) as HTMLButtonElement | null;
    if (el && !el.disabled) el.focus();
    else document.getElementById("stages-heading")?.focus();
  }, [focusId, pending, stages]);

  /** Moves the stage at `index` to `to` (0-based) on the server and announces the result. */
  const moveTo = (index: number, to: number, focus: string | null) => {
    const stage = stages[index];
    if (!stage || to === index || to < 0 || to >= stages.length) return;
    const form = new FormData();
    form.set("stageId", stage.id);
    form.set("position", String(to));
    startTransition(async () => {
      const result = await moveStageAction(null, form);
      if (result && !result.ok) setAnnouncement(`Could not move “${stage.name}”: ${result.message}`);
      else setAnnouncement(`Moved “${stage.name}” to position ${to + 1} of ${stages.length}.`);
      setFocusId(focus);
    });
  };
  const move = (index: number, delta: -1 | 1) => moveTo(index, index + delta, `move-${stages[index]?.id}-${delta < 0 ? "left" : "right"}`);

  // Drag and drop (mouse): drop a stage on another to take its place. Keyboard and touch
  // users have the Earlier/Later buttons, which do the same through the same action.
  const [dragIndex, setDragIndex] = useState<number | null>(null);
  const [overIndex, setOverIndex] = useState<number | null>(null);
  const dragProps = (index: number) =>
    canManage && !pending
      ? {
          draggable: true,
          onDragStart: (event: React.DragEvent) => {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", stages[index]?.id ?? "");
            setDragIndex(index);
          },
          onDragOver: (event: React.DragEvent) => {
            if (dragIndex === null) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            setOverIndex(index);
          },
          onDragLeave: () => setOverIndex((current) => (current === index ? null : current)),
          onDrop: (event: React.DragEvent) => {
            event.preventDefault();
            if (dragIndex !== null) moveTo(dragIndex, index, `move-${stages[dragIndex]?.id}-${index === 0 ? "right" : "left"}`);
            setDragIndex(null);
            setOverIndex(null);
          },
          onDragEnd: () => {
            setDragIndex(null);
            setOverIndex(null);
          },
        }
      : {};

  return (
    <section aria-labelledby="stages-heading" className="space-y-3">
      <h2 id="stages-heading" tabIndex={-1} className="text-base font-semibold text-slate-900">
        Stages ({stages.length})
      </h2>
      <p aria-live="polite" role="status" className="sr-only" data-testid="stage-announcer">
        {announcement}
      </p>
      {stages.length === 0 ? <p className="text-sm text-slate-600">No stages yet.</p> : null}
      <div className="overflow-x-auto pb-2 print:overflow-visible">
        <ol className="flex gap-3 print:gap-2" aria-label="Stages in order">
          {stages.map((stage, index) => (
            <li
              key={stage.id}
              data-testid="stage-slot"
              {...dragProps(index)}
              className={`w-72 shrink-0 rounded-lg print:w-auto print:min-w-0 print:flex-1 print:break-inside-avoid ${canManage ? "cursor-grab" : ""} ${overIndex === index && dragIndex !== index ? "ring-2 ring-brand-500 ring-offset-2" : ""} ${dragIndex === index ? "opacity-60" : ""}`}
            >
              <StageColumn
                stage={stage}
                index={index}
                count={stages.length}
                kind={kind}
                canManage={canManage}
                moving={pending}
                onMove={(delta) => move(index, delta)}
                teams={teams}
                options={options}
              />
            </li>
          ))}
        </ol>
      </div>
      {canManage ? <AddStageForm journeyId={journeyId} /> : null}
    </section>
  );
}
