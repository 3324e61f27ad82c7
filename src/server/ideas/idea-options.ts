/** What the idea form and the board's filters offer: the org's teams (as a tree) and journey stages. */
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { DbOrTx } from "../prisma-client";
import { listTeams } from "../teams/teams";

export type IdeaTeamOption = { id: string; name: string; depth: number };
export type IdeaStageGroup = { journeyId: string; journeyName: string; kind: "CUSTOMER" | "EMPLOYEE"; stages: { id: string; name: string }[] };

export async function loadIdeaOptions(db: DbOrTx, { orgId }: { orgId: string }): Promise<{ teams: IdeaTeamOption[]; stageGroups: IdeaStageGroup[] }> {
  const [teams, journeys] = await Promise.all([
    listTeams(db, { orgId }),
    db.journey.findMany({
      where: { orgId },
      select: { id: true, name: true, kind: true, stages: { select: { id: true, name: true }, orderBy: [{ position: "asc" }, { id: "asc" }] } },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  return {
    teams: flattenTree(buildTeamTree(teams)).map((t) => ({ id: t.id, name: t.name, depth: t.depth })),
    stageGroups: journeys.filter((j) => j.stages.length > 0).map((j) => ({ journeyId: j.id, journeyName: j.name, kind: j.kind, stages: j.stages })),
  };
}
