/** The organization's journeys, for the index page and GET /api/v1/journeys. */
import type { JourneyDto } from "@/lib/schemas/journey";
import type { DbOrTx } from "../prisma-client";

export type JourneySummary = { id: string; kind: JourneyDto["kind"]; name: string; persona: string | null; stageCount: number; createdAt: string };

export async function listJourneys(db: DbOrTx, { orgId }: { orgId: string }): Promise<JourneySummary[]> {
  const rows = await db.journey.findMany({
    where: { orgId },
    select: { id: true, kind: true, name: true, persona: true, createdAt: true, _count: { select: { stages: true } } },
    orderBy: [{ kind: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ _count, createdAt, ...row }) => ({ ...row, stageCount: _count.stages, createdAt: createdAt.toISOString() }));
}
