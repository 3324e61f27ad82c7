"use client";

import type { EditorOptions } from "@/app/(app)/journeys/[id]/editor-options";
import { Button } from "@/components/ui/button";
import type { JourneyDto } from "@/lib/schemas/journey";
import type { BoardStage, TeamOption } from "./journey-board";
import {
  AddTouchpointForm,
  DeleteStageButton,
  DeleteTouchpointButton,
  LinkQuestionForm,
  MomentToggle,
  ServedByForm,
  StageEditForm,
  TouchpointEditForm,
  UnlinkQuestionButton,
} from "./stage-forms";
import { FigureBadge } from "./stage-figure";

type Props = {
  stage: BoardStage;
  index: number;
  count: number;
  kind: JourneyDto["kind"];
  canManage: boolean;
  moving: boolean;
  onMove: (delta: -1 | 1) => void;
  teams: TeamOption[];
  options: EditorOptions;
};

function Lane({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5 border-t border-slate-100 pt-2">
      <h4 className="text-[11px] font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {children}
    </div>
  );
}

const editDetails = "print:hidden rounded-md bg-slate-50 p-2 text-xs [&>summary]:cursor-pointer [&>summary]:font-medium [&>summary]:text-brand-700";

export function StageColumn({ stage, index, count, kind, canManage, moving, onMove, teams, options }: Props) {
  const figureLabel = kind === "CUSTOMER" ? "Customer score" : "Employee score";
  return (
    <article aria-labelledby={`stage-${stage.id}-title`} className="flex h-full flex-col gap-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 print:shadow-none" data-testid="stage">
      <header className="space-y-1">
        <p className="text-xs text-slate-500">
          Stage {index + 1} of {count}
        </p>
        <h3 id={`stage-${stage.id}-title`} className="text-sm font-semibold text-slate-900" data-testid="stage-name">
          {stage.name}
        </h3>
        {stage.isMomentThatMatters ? (
          <p className="inline-flex items-center gap-1 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
            <span aria-hidden>★</span> Moment that matters
          </p>
        ) : null}
      </header>
      {canManage ? (
        <div className="flex flex-wrap gap-1 print:hidden">
          <Button id={`move-${stage.id}-left`} variant="secondary" className="px-2 py-1 text-xs" disabled={moving || index === 0} onClick={() => onMove(-1)} aria-label={`Move ${stage.name} earlier`}>
            ← Earlier
          </Button>
          <Button id={`move-${stage.id}-right`} variant="secondary" className="px-2 py-1 text-xs" disabled={moving || index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${stage.name} later`}>
            Later →
          </Button>
          <MomentToggle stage={stage} />
        </div>
      ) : null}
      <FigureBadge figure={stage.figure} label={figureLabel} />
      {stage.expectations || stage.feelings ? (
        <dl className="space-y-1 text-xs text-slate-700">
          {stage.expectations ? (
            <div>
              <dt className="font-medium">Expects</dt>
              <dd>{stage.expectations}</dd>
            </div>
          ) : null}
          {stage.feelings ? (
            <div>
              <dt className="font-medium">Feels</dt>
              <dd>{stage.feelings}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <Lane title="Touchpoints">
        {stage.touchpoints.length === 0 ? <p className="text-xs text-slate-500">None yet.</p> : null}
        <ul className="space-y-1">
          {stage.touchpoints.map((t) => (
            <li key={t.id} className="flex flex-wrap items-start justify-between gap-1 rounded bg-slate-50 px-2 py-1 text-xs">
              <span>
                <span className="font-medium text-slate-900">{t.name}</span>
                {t.isMomentThatMatters ? <span className="ml-1 text-amber-800">★ moment that matters</span> : null}
                <span className="block text-slate-600">
                  {t.channel ?? "No channel"} · {t.ownerTeamName ? `Owner: ${t.ownerTeamName}` : "No owner team"}
                </span>
              </span>
              {canManage ? (
                <span className="print:hidden">
                  <DeleteTouchpointButton id={t.id} name={t.name} />
                </span>
              ) : null}
              {canManage ? (
                <details className="basis-full print:hidden [&>summary]:cursor-pointer [&>summary]:text-brand-700">
                  <summary>
                    Edit<span className="sr-only"> touchpoint {t.name}</span>
                  </summary>
                  <div className="mt-2">
                    <TouchpointEditForm touchpoint={t} teams={teams} />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </Lane>
      {kind === "CUSTOMER" ? (
        <Lane title="Employee lane">
          {stage.servedBy ? <FigureBadge figure={stage.servedBy.figure} label={`Served by: ${stage.servedBy.name}`} /> : <p className="text-xs text-slate-500">No employee stage linked.</p>}
        </Lane>
      ) : null}
      <Lane title="Measured by">
        {stage.questions.length === 0 ? <p className="text-xs text-slate-500">No linked question.</p> : null}
        <ul className="space-y-1">
          {stage.questions.map((q) => (
            <li key={q.questionId} className="flex items-start justify-between gap-1 text-xs text-slate-700">
              <span>
                {q.prompt} <span className="text-slate-500">({q.surveyTitle})</span>
              </span>
              {canManage ? (
                <span className="print:hidden">
                  <UnlinkQuestionButton stageId={stage.id} questionId={q.questionId} prompt={q.prompt} />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </Lane>
      <Lane title={`Ideas (${stage.ideas.length})`}>
        <ul className="space-y-1">
          {stage.ideas.map((idea) => (
            <li key={idea.id} className="text-xs text-slate-700">
              {idea.title} <span className="text-slate-500">· {idea.status.toLowerCase().replace("_", " ")} · {idea.voteCount} votes</span>
            </li>
          ))}
        </ul>
      </Lane>
      {canManage ? (
        <div className="mt-auto space-y-2 print:hidden">
          <details className={editDetails}>
            <summary>Edit stage</summary>
            <div className="mt-2 space-y-3">
              <StageEditForm stage={stage} />
              <DeleteStageButton stage={stage} />
            </div>
          </details>
          <details className={editDetails}>
            <summary>Add a touchpoint</summary>
            <div className="mt-2">
              <AddTouchpointForm stage={stage} teams={teams} />
            </div>
          </details>
          <details className={editDetails}>
            <summary>Links</summary>
            <div className="mt-2 space-y-3">
              <LinkQuestionForm stage={stage} questions={options.questions} />
              {kind === "CUSTOMER" ? <ServedByForm stage={stage} employeeStages={options.employeeStages} /> : null}
            </div>
          </details>
        </div>
      ) : null}
    </article>
  );
}
