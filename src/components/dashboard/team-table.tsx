"use client";
/**
 * The team table: each row is a team's whole subtree (as the metrics API's `teamId` gives it),
 * with disclosure buttons for the teams under it, sortable by any column. Sorting and expanding
 * happen in the browser over figures the server already decided may be shown; a hidden employee
 * figure is marked as such, with the reason under the table.
 */
import Link from "next/link";
import { useMemo, useState } from "react";
import type { MetricName } from "@/lib/schemas/metrics";
import type { TeamTableRow } from "@/server/dashboard/build-team-table";
import { formatCount, formatScore, hiddenReason, METRIC_LABELS } from "./format";

type SortKey = "name" | `${MetricName}` | `${MetricName}:n`;
type Sort = { key: SortKey; dir: "asc" | "desc" };

function sortValue(row: TeamTableRow, key: SortKey): string | number | null {
  if (key === "name") return row.name;
  const [metric, part] = key.split(":") as [MetricName, "n" | undefined];
  const figure = row.figures[metric];
  if (!figure || "suppressed" in figure) return null;
  return part === "n" ? figure.n : figure.score;
}

function compareRows(a: TeamTableRow, b: TeamTableRow, { key, dir }: Sort): number {
  const x = sortValue(a, key);
  const y = sortValue(b, key);
  // Hidden and empty figures go last whichever the direction: they are not low, just unknown.
  if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
  const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
  return (dir === "asc" ? order : -order) || a.name.localeCompare(b.name);
}

export function TeamTable({ rows, metrics, k }: { rows: TeamTableRow[]; metrics: readonly MetricName[]; k: number }) {
  const [sort, setSort] = useState<Sort>({ key: "name", dir: "asc" });
  // A single top row (a team filter, or a manager's team) starts open.
  const tops = rows.filter((r) => r.parentId === null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(tops.length === 1 ? [tops[0]!.teamId] : []));

  const visible = useMemo(() => {
    const children = new Map<string | null, TeamTableRow[]>();
    for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
    const out: TeamTableRow[] = [];
    const walk = (parent: string | null) => {
      for (const row of [...(children.get(parent) ?? [])].sort((a, b) => compareRows(a, b, sort))) {
        out.push(row);
        if (open.has(row.teamId)) walk(row.teamId);
      }
    };
    walk(null);
    return out;
  }, [rows, sort, open]);

  const anyHidden = rows.some((r) => Object.values(r.figures).some((f) => f && "suppressed" in f));
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" className="px-2 py-2 font-medium" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded hover:text-slate-900"
          onClick={() => setSort({ key, dir: active && sort.dir === "desc" ? "asc" : active ? "desc" : key === "name" ? "asc" : "desc" })}
        >
          {label}
          <span aria-hidden className="text-slate-400">
            {active ? (sort.dir === "asc" ? "↑" : "↓") : "↕"}
          </span>
        </button>
      </th>
    );
  };

  if (rows.length === 0) return <p className="text-sm text-slate-600">No teams to show.</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-max text-left text-sm tabular-nums" data-testid="team-table">
          <caption className="sr-only">Teams with their scores and number of answers; each row counts the team and every team under it.</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              {header("name", "Team")}
              {metrics.flatMap((m) => [header(m, METRIC_LABELS[m]), header(`${m}:n`, `${METRIC_LABELS[m]} n`)])}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.teamId} className="border-b border-slate-100" data-testid="team-row" data-team-id={row.teamId}>
                <th scope="row" className="px-2 py-1.5 font-normal">
                  <span className="inline-flex items-center gap-1" style={{ paddingLeft: `${row.depth * 1.25}rem` }}>
                    {row.hasChildren ? (
                      <button
                        type="button"
                        onClick={() => toggle(row.teamId)}
                        aria-expanded={open.has(row.teamId)}
                        aria-label={`${open.has(row.teamId) ? "Hide" : "Show"} the teams under ${row.name}`}
                        className="flex h-6 w-6 items-center justify-center rounded text-slate-600 hover:bg-slate-100"
                      >
                        <span aria-hidden>{open.has(row.teamId) ? "▾" : "▸"}</span>
                      </button>
                    ) : (
                      <span aria-hidden className="inline-block w-6" />
                    )}
                    <Link href={`/teams/${row.teamId}`} className="text-brand-700 hover:underline">
                      {row.name}
                    </Link>
                  </span>
                </th>
                {metrics.map((m) => {
                  const figure = row.figures[m];
                  if (!figure) return <EmptyCells key={m} />;
                  if ("suppressed" in figure) {
                    return (
                      <td key={m} colSpan={2} className="px-2 py-1.5 text-slate-600" data-testid={`cell-${m}`} data-suppressed="true">
                        Hidden for anonymity<sup aria-hidden>*</sup>
                      </td>
                    );
                  }
                  return (
                    <FigureCells key={m} testId={`cell-${m}`} score={formatScore(m, figure.score)} n={formatCount(figure.n)} />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {anyHidden ? (
        <p className="mt-2 text-xs text-slate-600" data-testid="table-hidden-note">
          * {hiddenReason(k)} The same rule is applied across every team and the whole organization, so no hidden figure can be worked out from the rows shown.
        </p>
      ) : null}
    </div>
  );
}

function FigureCells({ score, n, testId }: { score: string; n: string; testId: string }) {
  return (
    <>
      <td className="px-2 py-1.5" data-testid={testId}>
        {score}
      </td>
      <td className="px-2 py-1.5 text-slate-600">{n}</td>
    </>
  );
}

function EmptyCells() {
  return (
    <>
      <td className="px-2 py-1.5 text-slate-400">—</td>
      <td className="px-2 py-1.5 text-slate-400">—</td>
    </>
  );
}
