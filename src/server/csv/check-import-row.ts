/**
 * One CSV row through exactly the rules of POST /api/v1/responses: the same zod schema for the
 * item (score a whole number, comment ≤ 5,000 characters without NUL, date ISO 8601 and not
 * before 2000) and the same prepareResponses for what needs the survey or the clock (the
 * survey's own scale, not in the future, a headline question), which also makes the row the
 * API would insert (employee rows keep the day only). On top: column names, and survey and
 * team names resolved inside the organization.
 */
import { SCALES } from "@/core";
import { AppError } from "@/lib/errors";
import { responseItemSchema } from "@/lib/schemas/response";
import type { NewResponse } from "../responses/insert-responses";
import { prepareResponses } from "../responses/prepare-responses";
import type { ImportMapping, MappedField, RowError } from "./import-mapping";
import type { ImportTargets } from "./import-targets";
import type { CsvRow } from "./read-csv-rows";
import { restoreFormula } from "@/lib/formula-guard";

export type ImportColumns = {
  width: number;
  index: Record<Exclude<MappedField, "survey" | "comment">, number> & { survey: number | null; comment: number | null };
  fixedSurveyId: string | null;
  /** What a report calls each field: the user's own column names. */
  names: Record<MappedField | "row", string>;
};

/** Finds each mapped column in the header the server actually read; a mismatch stops the import. */
export function resolveColumns(header: readonly string[], mapping: ImportMapping): ImportColumns {
  const names = header.map((name) => name.trim());
  const find = (column: string): number => {
    const at = names.flatMap((name, i) => (name === column.trim() ? [i] : []));
    if (at.length === 0) throw new AppError("validation_failed", `The file has no column “${column}”: choose the columns again for this file`);
    if (at.length > 1) throw new AppError("validation_failed", `${at.length} columns are called “${column}”: rename them so each name is used once`);
    return at[0] ?? 0;
  };
  const survey = mapping.survey.kind === "column" ? find(mapping.survey.column) : null;
  return {
    width: header.length,
    index: { survey, team: find(mapping.team), score: find(mapping.score), date: find(mapping.date), comment: mapping.comment === null ? null : find(mapping.comment) },
    fixedSurveyId: mapping.survey.kind === "fixed" ? mapping.survey.surveyId : null,
    names: {
      survey: mapping.survey.kind === "column" ? mapping.survey.column : "Survey",
      team: mapping.team,
      score: mapping.score,
      date: mapping.date,
      comment: mapping.comment ?? "Comment",
      row: "Row",
    },
  };
}

export type RowContext = { columns: ImportColumns; targets: ImportTargets; now: Date; idempotencyKey?: string };
export type RowOutcome = { ok: true; response: NewResponse } | { ok: false; errors: RowError[] };

// The API's field names, as the user's columns.
const FIELD_OF: Record<string, MappedField> = { surveyId: "survey", teamId: "team", score: "score", submittedAt: "date", comment: "comment" };
// Stands in for an id that didn't resolve (already reported), so the other fields still get checked.
const UNRESOLVED = "unresolved";

/**
 * The schema's score message names every scale at once; for a whole number and a known survey,
 * prepareResponses' own words (the same rule) say which scale this row missed.
 */
function scoreMessage(score: unknown, surveyId: string | null, targets: ImportTargets): string | null {
  const metric = surveyId === null ? undefined : targets.ingest.surveys.get(surveyId)?.metric;
  if (typeof score !== "number" || !metric) return null;
  const { min, max } = SCALES[metric];
  return `${score} is not on this ${metric} survey's scale (${min} to ${max})`;
}

export function checkImportRow({ line, fields }: CsvRow, { columns, targets, now, idempotencyKey }: RowContext): RowOutcome {
  const errors: RowError[] = [];
  const add = (field: MappedField | "row", message: string) => errors.push({ line, column: columns.names[field], message });
  // A row of another width has its values in the wrong columns (often an unquoted comma).
  if (fields.length !== columns.width) {
    add("row", `This row has ${fields.length} ${fields.length === 1 ? "field" : "fields"}; the header has ${columns.width}`);
    return { ok: false, errors };
  }
  const cell = (index: number | null) => (index === null ? "" : (fields[index] ?? "")).trim();

  const survey = columns.fixedSurveyId !== null ? { id: columns.fixedSurveyId } : targets.resolveSurvey(cell(columns.index.survey));
  if ("error" in survey) add("survey", survey.error);
  const team = targets.resolveTeam(cell(columns.index.team));
  if ("error" in team) add("team", team.error);
  const scoreText = cell(columns.index.score);
  if (scoreText === "") add("score", "Required");
  const dateText = cell(columns.index.date);
  if (dateText === "") add("date", "Required");

  const item = {
    surveyId: "id" in survey ? survey.id : UNRESOLVED,
    teamId: "id" in team ? team.id : UNRESOLVED,
    // Only plain digits are a number: "7.0", "1e1" or "7 stars" reach the schema as text and fail there.
    score: /^[+-]?\d{1,6}$/.test(scoreText) ? Number(scoreText) : scoreText,
    submittedAt: dateText,
    ...(columns.index.comment === null ? {} : { comment: restoreFormula(fields[columns.index.comment] ?? "") }),
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
  };
  const parsed = responseItemSchema.safeParse(item);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0])];
      // Blank score and date were reported as "Required" above.
      if ((field === "score" && scoreText === "") || (field === "date" && dateText === "")) continue;
      add(field ?? "row", field === "score" ? scoreMessage(item.score, "id" in survey ? survey.id : null, targets) ?? issue.message : issue.message);
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };

  try {
    const [response] = prepareResponses({ items: [parsed.data], targets: targets.ingest, now });
    if (!response) throw new Error("prepareResponses returned no row for a valid item");
    return { ok: true, response };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    for (const issue of error.issues ?? [{ path: [], message: error.message }]) add(FIELD_OF[String(issue.path[2])] ?? "row", issue.message);
    return { ok: false, errors };
  }
}
