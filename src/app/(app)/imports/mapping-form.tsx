"use client";

import type { CsvPreview, ImportMapping } from "@/server/csv/import-mapping";

export type SurveyChoice = { id: string; title: string; audience: "CUSTOMER" | "EMPLOYEE"; metric: "NPS" | "CSAT" | "ENPS" };

/** The mapping being edited; "" means "not chosen" ("no comment column" for the comment). */
export type MappingDraft = { surveyMode: "fixed" | "column"; surveyId: string; surveyColumn: string; team: string; score: string; date: string; comment: string };

export function draftFromGuess(preview: CsvPreview, surveys: SurveyChoice[]): MappingDraft {
  const { guess } = preview;
  return {
    surveyMode: guess.survey ? "column" : "fixed",
    surveyId: surveys.length === 1 ? (surveys[0]?.id ?? "") : "",
    surveyColumn: guess.survey ?? "",
    team: guess.team ?? "",
    score: guess.score ?? "",
    date: guess.date ?? "",
    comment: guess.comment ?? "",
  };
}

/** The mapping to send, or null while a required choice is missing. */
export function toMapping(d: MappingDraft): ImportMapping | null {
  const survey = d.surveyMode === "fixed" ? (d.surveyId ? { kind: "fixed" as const, surveyId: d.surveyId } : null) : d.surveyColumn ? { kind: "column" as const, column: d.surveyColumn } : null;
  if (!survey || !d.team || !d.score || !d.date) return null;
  return { survey, team: d.team, score: d.score, date: d.date, comment: d.comment || null };
}

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

function ColumnSelect({ id, label, hint, value, columns, optional, onChange }: { id: string; label: string; hint: string; value: string; columns: string[]; optional?: boolean; onChange: (value: string) => void }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={control} aria-describedby={`${id}-hint`}>
        <option value="">{optional ? "No such column" : "Choose a column"}</option>
        {columns
          .filter((name) => name !== "")
          .map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
    </div>
  );
}

export function MappingForm({ preview, surveys, draft, onChange }: { preview: CsvPreview; surveys: SurveyChoice[]; draft: MappingDraft; onChange: (draft: MappingDraft) => void }) {
  const set = (patch: Partial<MappingDraft>) => onChange({ ...draft, ...patch });
  const columns = [...new Set(preview.columns)];
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Survey</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="survey-mode" checked={draft.surveyMode === "fixed"} onChange={() => set({ surveyMode: "fixed" })} />
          Every row answers one survey
        </label>
        {draft.surveyMode === "fixed" ? (
          <div className="ml-6">
            <label htmlFor="map-survey" className="sr-only">
              Survey for every row
            </label>
            <select id="map-survey" value={draft.surveyId} onChange={(e) => set({ surveyId: e.target.value })} className={control}>
              <option value="">Choose a survey</option>
              {surveys.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title} ({s.audience === "EMPLOYEE" ? "employees" : "customers"}, {s.metric === "ENPS" ? "eNPS" : s.metric})
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="survey-mode" checked={draft.surveyMode === "column"} onChange={() => set({ surveyMode: "column" })} />
          A column names each row’s survey (its id or title)
        </label>
        {draft.surveyMode === "column" ? (
          <div className="ml-6">
            <ColumnSelect id="map-survey-column" label="Survey column" hint="Survey ids or titles." value={draft.surveyColumn} columns={columns} onChange={(surveyColumn) => set({ surveyColumn })} />
          </div>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <ColumnSelect id="map-team" label="Team column" hint="Team ids or names." value={draft.team} columns={columns} onChange={(team) => set({ team })} />
        <ColumnSelect id="map-score" label="Score column" hint="Whole numbers: 0–10 for NPS and eNPS, 1–5 for CSAT." value={draft.score} columns={columns} onChange={(score) => set({ score })} />
        <ColumnSelect id="map-date" label="Date column" hint="2024-05-01, or 2024-05-01T09:30:00Z (a time needs Z or an offset)." value={draft.date} columns={columns} onChange={(date) => set({ date })} />
        <ColumnSelect id="map-comment" label="Comment column" hint="Optional; at most 5,000 characters." value={draft.comment} columns={columns} optional onChange={(comment) => set({ comment })} />
      </div>
    </div>
  );
}

/** The header and first rows, so people map columns by what they hold. */
export function SampleTable({ preview }: { preview: CsvPreview }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">The file’s first rows</caption>
        <thead>
          <tr>
            {preview.columns.map((name, i) => (
              <th key={i} scope="col" className="border-b border-slate-200 px-2 py-1 font-semibold text-slate-700">
                {name || <span className="text-slate-500">(no name)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.samples.map((row, r) => (
            <tr key={r}>
              {preview.columns.map((_, c) => (
                <td key={c} className="max-w-48 truncate border-b border-slate-100 px-2 py-1 text-slate-700">
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
