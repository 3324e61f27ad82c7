/**
 * The team tree (region → store, say). Every function takes the orgId and filters by it, so
 * an id from another organization is simply "not found" (shared/STYLE.md, habit 2).
 */
import { AppError, notFound } from "@/lib/errors";
import type { CreateTeamInput, TeamDto, UpdateTeamInput } from "@/lib/schemas/team";
import type { Db, DbOrTx } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";

const teamSelect = { id: true, name: true, parentId: true, createdAt: true } as const;
type TeamRow = { id: string; name: string; parentId: string | null; createdAt: Date };

export function toTeamDto(team: TeamRow): TeamDto {
  return { id: team.id, name: team.name, parentId: team.parentId, createdAt: team.createdAt.toISOString() };
}

export async function listTeams(db: DbOrTx, { orgId }: { orgId: string }): Promise<TeamDto[]> {
  const teams = await db.team.findMany({ where: { orgId }, select: teamSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return teams.map(toTeamDto);
}

export async function getTeam(db: DbOrTx, { orgId, teamId }: { orgId: string; teamId: string }): Promise<TeamDto> {
  const team = await db.team.findFirst({ where: { id: teamId, orgId }, select: teamSelect });
  if (!team) throw notFound("Team");
  return toTeamDto(team);
}

async function assertParentInOrg(db: DbOrTx, orgId: string, parentId: string): Promise<void> {
  const parent = await db.team.findFirst({ where: { id: parentId, orgId }, select: { id: true } });
  // Another organization's team is indistinguishable from a missing one.
  if (!parent) throw new AppError("validation_failed", "Parent team not found", [{ path: ["parentId"], message: "No such team" }]);
}

export async function createTeam(db: Db, { orgId, actor, input }: { orgId: string; actor: AuditActor; input: CreateTeamInput }): Promise<TeamDto> {
  return db.$transaction(async (tx) => {
    if (input.parentId) await assertParentInOrg(tx, orgId, input.parentId);
    const team = await tx.team.create({ data: { orgId, name: input.name, parentId: input.parentId ?? null }, select: teamSelect });
    await recordAudit(tx, { orgId, actor, action: "team.create", targetType: "Team", targetId: team.id, metadata: { name: team.name } });
    return toTeamDto(team);
  });
}

/** Ids of the team and all its descendants, in the caller's organization. */
export async function teamSubtreeIds(db: DbOrTx, { orgId, teamId }: { orgId: string; teamId: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM "Team" WHERE id = ${teamId} AND "orgId" = ${orgId}
      UNION ALL
      SELECT t.id FROM "Team" t JOIN subtree s ON t."parentId" = s.id WHERE t."orgId" = ${orgId}
    )
    SELECT id FROM subtree`;
  return rows.map((r) => r.id);
}

export async function updateTeam(
  db: Db,
  { orgId, teamId, actor, input }: { orgId: string; teamId: string; actor: AuditActor; input: UpdateTeamInput },
): Promise<TeamDto> {
  return db.$transaction(async (tx) => {
    const current = await tx.team.findFirst({ where: { id: teamId, orgId }, select: teamSelect });
    if (!current) throw notFound("Team");
    if (input.parentId) {
      await assertParentInOrg(tx, orgId, input.parentId);
      const subtree = await teamSubtreeIds(tx, { orgId, teamId });
      if (subtree.includes(input.parentId)) {
        throw new AppError("validation_failed", "A team can't move under itself or one of its own teams", [
          { path: ["parentId"], message: "Would create a cycle" },
        ]);
      }
    }
    const team = await tx.team.update({
      where: { id: teamId },
      data: { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.parentId !== undefined ? { parentId: input.parentId } : {}) },
      select: teamSelect,
    });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "team.update",
      targetType: "Team",
      targetId: teamId,
      metadata: { before: { name: current.name, parentId: current.parentId }, after: { name: team.name, parentId: team.parentId } },
    });
    return toTeamDto(team);
  });
}

/** Only an empty team can go: no sub-teams, members or feedback would be orphaned. */
export async function deleteTeam(db: Db, { orgId, teamId, actor }: { orgId: string; teamId: string; actor: AuditActor }): Promise<void> {
  await db.$transaction(async (tx) => {
    const team = await tx.team.findFirst({
      where: { id: teamId, orgId },
      select: { id: true, name: true, _count: { select: { children: true, memberships: true, responses: true } } },
    });
    if (!team) throw notFound("Team");
    const { children, memberships, responses } = team._count;
    if (children > 0) throw new AppError("conflict", "This team has sub-teams: move or delete them first");
    if (memberships > 0) throw new AppError("conflict", "This team has members: move them to another team first");
    if (responses > 0) throw new AppError("conflict", "This team has feedback attributed to it and can't be deleted");
    await tx.team.delete({ where: { id: teamId } });
    await recordAudit(tx, { orgId, actor, action: "team.delete", targetType: "Team", targetId: teamId, metadata: { name: team.name } });
  });
}
