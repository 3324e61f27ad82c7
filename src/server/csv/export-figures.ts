/**
 * CSV of the figures per team for any survey. Customer figures are those of the filtered set,
 * as the page shows them on top; employee figures are exactly the responses view's (the same
 * getEmployeeView, hence the metrics API's suppression): a suppressed figure says
 * "suppressed" and carries no number, and a group that may not be shown at all exports that
 * one line and nothing else. Employee figures take no filter but the team.
 */
import { AppError } from "@/lib/errors";
import type { Figure } from "@/lib/schemas/metrics";
import type { Db } from "../prisma-client";
import { recordAudit } from "../audit/record-audit";
import { getCustomerFigures } from "../responses-view/get-customer-figures";
import { getEmployeeView } from "../responses-view/get-employee-view";
import type { TeamScope } from "../responses-view/resolve-team-scope";
import { csvDownload, csvFileName, type CsvCell } from "./csv-download";
import type { ExportOptions } from "./export-responses";

export const FIGURE_COLUMNS = ["metric", "team_id", "team", "score", "n", "margin_of_error", "promoters", "passives", "detractors", "satisfied", "mean"] as const;
export const SUPPRESSED = "suppressed";

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

function figureCells(figure: Figure): CsvCell[] {
  const common = [round(figure.score), figure.n, round(figure.marginOfError)];
  if ("promoters" in figure) return [...common, figure.promoters, figure.passives, figure.detractors, null, null];
  return [...common, null, null, null, figure.satisfied, round(figure.mean)];
}

const suppressedCells = (): CsvCell[] => [SUPPRESSED, null, null, null, null, null, null, null];

/** The overall row's team: the subtree in view, or every team. */
function groupLabel(scope: TeamScope): [string | null, string] {
  const anchor = scope.anchorTeamId ? scope.orgTeams.find((t) => t.id === scope.anchorTeamId) : undefined;
  return anchor ? [anchor.id, `${anchor.name} (with its teams)`] : [null, "All teams"];
}

async function customerRows(db: Db, { orgId, survey, scope, filters }: ExportOptions): Promise<CsvCell[][]> {
  const figures = await getCustomerFigures(db, { orgId, surveyId: survey.id, metric: survey.metric, audience: survey.audience, teamIds: scope.teamIds, filters });
  const inView = scope.teamIds === null ? null : new Set(scope.teamIds);
  const teams = scope.selectable.filter((t) => !inView || inView.has(t.id));
  const empty = { score: null, n: 0, marginOfError: null };
  return [
    [survey.metric, ...groupLabel(scope), ...figureCells(figures.overall)],
    ...teams.map((t) => [survey.metric, t.id, t.name, ...figureCells(figures.byTeam.get(t.id) ?? (survey.metric === "CSAT" ? { ...empty, mean: null, satisfied: 0 } : { ...empty, promoters: 0, passives: 0, detractors: 0 }))]),
  ];
}

async function employeeRows(db: Db, { orgId, survey, scope, filters }: ExportOptions): Promise<CsvCell[][]> {
  if (filters.band || filters.from || filters.to || filters.q) {
    throw new AppError("validation_failed", "Employee figures are filtered by team only: narrower groups would fall below the anonymity threshold");
  }
  const view = await getEmployeeView(db, { orgId, survey, scope });
  const [groupId, group] = groupLabel(scope);
  if (view.state !== "shown") return view.state === "no-team" ? [] : [[survey.metric, groupId, group, ...suppressedCells()]];
  const rows: CsvCell[][] = [
    [survey.metric, groupId, group, ...figureCells(view.overall)],
    ...view.teams.map((t) => [survey.metric, t.teamId, t.name, ...(t.figure ? figureCells(t.figure) : suppressedCells())]),
  ];
  for (const item of view.items) {
    const metric = `Item: ${item.prompt}${item.archived ? " (earlier version)" : ""}`;
    const cells = (figure: { mean: number; n: number } | null): CsvCell[] => (figure ? [null, figure.n, null, null, null, null, null, round(figure.mean)] : suppressedCells());
    rows.push([metric, groupId, group, ...cells(item.overall)]);
    for (const t of view.teams) rows.push([metric, t.teamId, t.name, ...cells(item.teams[t.teamId] ?? null)]);
  }
  return rows;
}

export async function exportFigures(db: Db, options: ExportOptions): Promise<Response> {
  const { orgId, actor, survey, scope, filters, now = new Date() } = options;
  // Everything is computed before the first byte goes out, so a refusal is still a 4xx.
  const rows = survey.audience === "EMPLOYEE" ? await employeeRows(db, options) : await customerRows(db, options);
  await recordAudit(db, { orgId, actor, action: "figures.export", targetType: "Survey", targetId: survey.id, metadata: { filters, teamIds: scope.teamIds } });
  async function* records(): AsyncGenerator<CsvCell[]> {
    yield* rows;
  }
  return csvDownload(FIGURE_COLUMNS, records(), csvFileName("figures", survey.title, now.toISOString().slice(0, 10)));
}
