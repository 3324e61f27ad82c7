/**
 * The dashboard's strip of journey stages: one customer journey's stages with the journey map's
 * own figures (journeys/get-journey-map.ts, same window and team), so the strip and the map
 * never disagree. The first customer journey unless the URL names another.
 */
import type { DayWindow } from "@/core/dashboard/calendar";
import type { StageFigure } from "@/lib/schemas/journey";
import { getJourneyMap } from "../journeys/get-journey-map";
import type { DbOrTx } from "../prisma-client";

export interface JourneyStrip {
  journeys: { id: string; name: string }[];
  /** The journey shown; undefined when the organization has no customer journey. */
  journeyId: string | undefined;
  name: string | null;
  stages: { id: string; name: string; figure: StageFigure }[];
  note: string | null;
}

export async function loadJourneyStrip(
  db: DbOrTx,
  { orgId, journeyId, window, teamId }: { orgId: string; journeyId: string | undefined; window: DayWindow; teamId: string | undefined },
): Promise<JourneyStrip> {
  const journeys = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id", "name" FROM "Journey" WHERE "orgId" = ${orgId} AND "kind" = 'CUSTOMER'::"JourneyKind" ORDER BY "createdAt" ASC, "id" ASC`;
  const known = journeyId !== undefined && journeys.some((j) => j.id === journeyId);
  const note = journeyId !== undefined && !known ? "The journey in the link is not one of this organization's customer journeys, so the first one is shown." : null;
  const chosen = known ? journeyId : journeys[0]?.id;
  if (chosen === undefined) return { journeys, journeyId: undefined, name: null, stages: [], note };
  const map = await getJourneyMap(db, { orgId, journeyId: chosen, query: { from: window.from, to: window.to, teamId } });
  const figures = new Map(map.stages.map((s) => [s.stageId, s.figure]));
  return {
    journeys,
    journeyId: chosen,
    name: map.journey.name,
    stages: map.journey.stages.map((stage) => ({ id: stage.id, name: stage.name, figure: figures.get(stage.id) ?? null })),
    note,
  };
}
