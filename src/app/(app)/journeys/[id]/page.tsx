import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JourneyBoard, type BoardStage } from "@/components/journeys/journey-board";
import { defaultWindow, KIND_LABELS } from "@/components/journeys/labels";
import { JourneySettings } from "@/components/journeys/journey-settings";
import { MapFilters } from "@/components/journeys/map-filters";
import { FigureLegend } from "@/components/journeys/stage-figure";
import { PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/roles";
import { idSchema } from "@/lib/schemas/common";
import { journeyMapQuerySchema } from "@/lib/schemas/journey";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getJourneyMap } from "@/server/journeys/get-journey-map";
import { listTeams } from "@/server/teams/teams";
import { editorOptions } from "./editor-options";

export const metadata: Metadata = { title: "Journey map" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function JourneyMapPage({ params, searchParams }: Props) {
  const member = await requireMember("journeys:read");
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const sp = await searchParams;
  // A malformed filter falls back to the default window rather than failing the page.
  const parsed = journeyMapQuerySchema.safeParse({ teamId: first(sp.teamId), from: first(sp.from), to: first(sp.to) });
  const query = parsed.success && parsed.data.from <= parsed.data.to ? parsed.data : { ...defaultWindow(new Date()), teamId: parsed.success ? parsed.data.teamId : undefined };

  const load = (q: typeof query) => getJourneyMap(db, { orgId: member.orgId, journeyId: id, query: q });
  let map;
  try {
    // A team that isn't the org's (a stale or edited URL) drops the team filter, not the page.
    map = await load(query).catch((error: unknown) => {
      if (query.teamId && error instanceof AppError && error.code === "not_found") return load({ from: query.from, to: query.to });
      throw error;
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const { journey } = map;
  const canManage = can(member.role, "journeys:manage");
  const teams = flattenTree(buildTeamTree(await listTeams(db, { orgId: member.orgId }))).map((t) => ({ id: t.id, name: t.name, depth: t.depth }));
  const options = canManage ? await editorOptions(member.orgId, journey.kind) : { questions: [], employeeStages: [] };

  const figures = new Map(map.stages.map((s) => [s.stageId, s]));
  const stages: BoardStage[] = journey.stages.map((stage) => {
    const m = figures.get(stage.id);
    return { ...stage, figure: m?.figure ?? null, servedBy: m?.servedBy ?? null, ideas: m?.ideas ?? [] };
  });

  return (
    <>
      <PageHeader
        title={journey.name}
        description={
          <>
            {KIND_LABELS[journey.kind]} journey{journey.persona ? ` · Persona: ${journey.persona}` : ""}
            {journey.description ? <span className="mt-1 block">{journey.description}</span> : null}
            <span className="mt-1 block print:block">
              Figures from {map.from} to {map.to}
              {map.teamId ? ` · team ${teams.find((t) => t.id === map.teamId)?.name ?? ""}` : " · all teams"}
            </span>
          </>
        }
        actions={
          <Link href="/journeys" className="text-sm font-medium text-brand-700 hover:underline print:hidden">
            All journeys
          </Link>
        }
      />
      <div className="space-y-4">
        {canManage ? <JourneySettings journey={journey} /> : null}
        <MapFilters action={`/journeys/${journey.id}`} teams={teams} teamId={map.teamId} from={map.from} to={map.to} />
        <FigureLegend />
        <JourneyBoard journeyId={journey.id} kind={journey.kind} stages={stages} canManage={canManage} teams={teams} options={options} />
      </div>
    </>
  );
}
