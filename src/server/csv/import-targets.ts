/**
 * What an import's rows may point at: the organization's surveys (by id or title) and teams
 * (by id or name), loaded once per import whatever the file's size, and only inside the
 * caller's organization, so a row can't reach another tenant's survey or team. The API's own
 * loader supplies each survey's metric, audience and headline question (the rules it checks).
 */
import type { DbOrTx } from "../prisma-client";
import { loadIngestTargets, type IngestTargets } from "../responses/load-ingest-targets";

export type Resolution = { id: string } | { error: string };

export type ImportTargets = {
  ingest: IngestTargets;
  resolveSurvey(value: string): Resolution;
  resolveTeam(value: string): Resolution;
};

// Names compare as people type them: ignoring case and surrounding spaces.
const nameKey = (name: string) => name.trim().toLowerCase();

function resolver(items: { id: string; name: string }[], what: "survey" | "team", nameWord: string) {
  const ids = new Set(items.map((item) => item.id));
  const byName = new Map<string, string[]>();
  for (const item of items) byName.set(nameKey(item.name), [...(byName.get(nameKey(item.name)) ?? []), item.id]);
  return (value: string): Resolution => {
    const trimmed = value.trim();
    if (trimmed === "") return { error: "Required" };
    if (ids.has(trimmed)) return { id: trimmed };
    const matches = byName.get(nameKey(trimmed)) ?? [];
    if (matches.length === 1 && matches[0]) return { id: matches[0] };
    if (matches.length > 1) return { error: `${matches.length} ${what}s have the ${nameWord} “${trimmed}”: use the ${what} id instead` };
    // The same words whether it exists elsewhere or nowhere: nothing about other organizations leaks.
    return { error: `No ${what} with this id or ${nameWord}: “${trimmed.slice(0, 100)}”` };
  };
}

export async function loadImportTargets(db: DbOrTx, { orgId }: { orgId: string }): Promise<ImportTargets> {
  const [surveys, teams] = await Promise.all([
    db.survey.findMany({ where: { orgId }, select: { id: true, title: true } }),
    db.team.findMany({ where: { orgId }, select: { id: true, name: true } }),
  ]);
  const ingest = await loadIngestTargets(db, { orgId, surveyIds: surveys.map((s) => s.id), teamIds: teams.map((t) => t.id) });
  return {
    ingest,
    resolveSurvey: resolver(
      surveys.map((s) => ({ id: s.id, name: s.title })),
      "survey",
      "title",
    ),
    resolveTeam: resolver(teams, "team", "name"),
  };
}
