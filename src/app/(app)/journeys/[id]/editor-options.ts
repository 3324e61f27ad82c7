import "server-only";
import type { JourneyDto } from "@/lib/schemas/journey";
import { db } from "@/server/db";

export type EditorOptions = {
  questions: Array<{ id: string; label: string }>;
  employeeStages: Array<{ id: string; label: string }>;
};

/**
 * What the editor's selects offer, always scoped to the member's organization: the live
 * questions of the org's surveys (not archived, survey not closed) and, for a customer
 * journey, the stages of the org's employee journeys. The server checks the links again.
 */
export async function editorOptions(orgId: string, kind: JourneyDto["kind"]): Promise<EditorOptions> {
  const [questions, employeeStages] = await Promise.all([
    db.question.findMany({
      where: { orgId, archivedAt: null, survey: { orgId, status: { not: "CLOSED" } } },
      select: { id: true, prompt: true, survey: { select: { title: true } } },
      orderBy: [{ surveyId: "asc" }, { position: "asc" }],
      take: 500,
    }),
    kind === "CUSTOMER"
      ? db.journeyStage.findMany({
          where: { orgId, journey: { orgId, kind: "EMPLOYEE" } },
          select: { id: true, name: true, journey: { select: { name: true } } },
          orderBy: [{ journeyId: "asc" }, { position: "asc" }],
          take: 500,
        })
      : Promise.resolve([]),
  ]);
  return {
    questions: questions.map((q) => ({ id: q.id, label: `${q.survey.title}: ${q.prompt.slice(0, 80)}` })),
    employeeStages: employeeStages.map((s) => ({ id: s.id, label: `${s.journey.name} → ${s.name}` })),
  };
}
