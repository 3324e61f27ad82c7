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
 * The map: stages left to right (scrolling sideways on small screens). Up/Down move a stage
 * on the server; each move is announced in a live region and focus follows the moved stage.
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

  const move = (index: number, delta: -1 | 1) => {
    const stage = stages[index];
    const to = index + delta;
    if (!stage || to < 0 || to >= stages.length) return;
    const form = new FormData();
    form.set("stageId", stage.id);
    form.set("position", String(to));
    startTransition(async () => {
      const result = await moveStageAction(null, form);
      if (result && !result.ok) setAnnouncement(`Could not move “${stage.name}”: ${result.message}`);
      else setAnnouncement(`Moved “${stage.name}” to position ${to + 1} of ${stages.length}.`);
      setFocusId(`move-${stage.id}-${delta < 0 ? "left" : "right"}`);
    });
  };

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
            <li key={stage.id} className="w-72 shrink-0 print:w-auto print:min-w-0 print:flex-1 print:break-inside-avoid">
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
