/**
 * Inserts the demo organization (generate-demo.ts) in one transaction, a few bulk inserts per
 * table, then rebuilds its daily rollups. Takes the client as a parameter so the seed script,
 * the CLI and tests can each bring their own.
 */
import type { Prisma } from "@/generated/prisma/client";
import { createOrganization } from "../orgs/create-organization";
import type { Db, Tx } from "../prisma-client";
import { bulkInsert, type BulkColumn } from "./bulk-insert";
import { generateDemo, type DemoRows } from "./generate-demo";
import { CX_MISSION, DEMO_PASSWORD, DEMO_SIGN_INS, ORG_NAME, OWNER, type SignIn } from "./org-chart";
import { rebuildRollups } from "./rebuild-rollups";

export type SeedDemoOptions = {
  /** Same seed and same `now`, same data. */
  seed?: number;
  /** Everything is placed in the six months up to this instant. */
  now?: Date;
  log?: (line: string) => void;
};

export type SeededDemo = { orgId: string; signIns: SignIn[]; password: string };

export const DEFAULT_DEMO_SEED = 42;
// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest table.
const CHUNK = 2000;

export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeededDemo> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const started = performance.now();

  const { orgId, ownerId } = await createOrganization(db, { orgName: ORG_NAME, ownerName: OWNER.name, email: OWNER.email, password: DEMO_PASSWORD });
  try {
    // Every demo user has the demo password: reuse the owner's hash rather than pay for
    // argon2 (tens of milliseconds) once per member.
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { passwordHash: true } });
    const plan = generateDemo({ orgId, ownerId, passwordHash, seed, now });
    const rows = plan.rows;
    await db.$transaction(
      async (tx) => {
        // The org "started" before its first data, so nothing appears to predate it.
        const dated = { createdAt: plan.orgCreatedAt };
        await tx.organization.update({ where: { id: orgId }, data: { cxMission: CX_MISSION, ...dated } });
        await tx.user.update({ where: { id: ownerId }, data: dated });
        await tx.auditLog.updateMany({ where: { orgId }, data: dated });
        await insertRows(tx, rows);
        await tx.membership.updateMany({ where: { orgId, userId: ownerId }, data: { teamId: plan.ownerTeamId, ...dated } });
        const rollups = await rebuildRollups(tx, { orgId });
        log(
          `Demo data: ${rows.teams.length} teams, ${rows.users.length + 1} members, ${rows.responses.length} responses, ` +
            `${rows.participations.length} pulse participations, ${rows.ideas.length} ideas, ${rows.followUps.length} follow-ups, ${rollups} daily rollups.`,
        );
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    // Leave nothing half-made behind, so running the seed again starts clean. Only the
    // organization, its owner and the audit entry exist outside the failed transaction.
    await db.organization.delete({ where: { id: orgId } }).catch(() => undefined);
    await db.user.delete({ where: { id: ownerId } }).catch(() => undefined);
    throw error;
  }
  log(`Seeded "${ORG_NAME}" (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
  return { orgId, signIns: DEMO_SIGN_INS, password: DEMO_PASSWORD };
}

/** Parents before children, so every foreign key is satisfied as rows arrive. */
async function insertRows(tx: Tx, rows: DemoRows): Promise<void> {
  await inChunks(rows.teams, (data) => tx.team.createMany({ data }));
  await inChunks(rows.users, (data) => tx.user.createMany({ data }));
  await inChunks(rows.memberships, (data) => tx.membership.createMany({ data }));
  await inChunks(rows.surveys, (data) => tx.survey.createMany({ data }));
  await inChunks(rows.questions, (data) => tx.question.createMany({ data }));
  await inChunks(rows.distributions, (data) => tx.distribution.createMany({ data }));
  await inChunks(rows.pulseRounds, (data) => tx.pulseRound.createMany({ data }));
  await inChunks(rows.pulseTeams, (data) => tx.pulseTeam.createMany({ data }));
  await inChunks(rows.pulseInvites, (data) => tx.pulseInvite.createMany({ data }));
  await bulkInsert(tx, "Response", RESPONSE_COLUMNS, rows.responses);
  await bulkInsert(tx, "Answer", ANSWER_COLUMNS, rows.answers);
  await bulkInsert(tx, "Participation", PARTICIPATION_COLUMNS, rows.participations);
  await inChunks(rows.journeys, (data) => tx.journey.createMany({ data }));
  // Employee stages come first in the list: customer stages point at them.
  await inChunks(rows.stages, (data) => tx.journeyStage.createMany({ data }));
  await inChunks(rows.touchpoints, (data) => tx.touchpoint.createMany({ data }));
  await inChunks(rows.stageQuestions, (data) => tx.stageQuestion.createMany({ data }));
  await inChunks(rows.ideas, (data) => tx.idea.createMany({ data }));
  await inChunks(rows.ideaStatusChanges, (data) => tx.ideaStatusChange.createMany({ data }));
  await inChunks(rows.ideaVotes, (data) => tx.ideaVote.createMany({ data }));
  await inChunks(rows.ideaComments, (data) => tx.ideaComment.createMany({ data }));
  await inChunks(rows.ideaFollowers, (data) => tx.ideaFollower.createMany({ data }));
  await inChunks(rows.followUps, (data) => tx.followUp.createMany({ data }));
  await inChunks(rows.followUpNotes, (data) => tx.followUpNote.createMany({ data }));
  await inChunks(rows.kudos, (data) => tx.kudos.createMany({ data }));
  await inChunks(rows.notifications, (data) => tx.notification.createMany({ data }));
}

// The three large tables go through bulkInsert; their columns as in schema.prisma.
const RESPONSE_COLUMNS: BulkColumn<Prisma.ResponseCreateManyInput>[] = [
  { name: "id", type: "text", value: (r) => r.id },
  { name: "orgId", type: "text", value: (r) => r.orgId },
  { name: "surveyId", type: "text", value: (r) => r.surveyId },
  { name: "teamId", type: "text", value: (r) => r.teamId },
  { name: "distributionId", type: "text", value: (r) => r.distributionId },
  { name: "score", type: "int4", value: (r) => r.score },
  { name: "comment", type: "text", value: (r) => r.comment },
  { name: "submittedAt", type: "timestamp(3)", value: (r) => r.submittedAt },
  { name: "submittedOn", type: "date", value: (r) => r.submittedOn },
  { name: "respondentEmail", type: "text", value: (r) => r.respondentEmail },
];
const ANSWER_COLUMNS: BulkColumn<Prisma.AnswerCreateManyInput>[] = [
  { name: "id", type: "text", value: (a) => a.id },
  { name: "orgId", type: "text", value: (a) => a.orgId },
  { name: "responseId", type: "text", value: (a) => a.responseId },
  { name: "questionId", type: "text", value: (a) => a.questionId },
  { name: "numberValue", type: "int4", value: (a) => a.numberValue },
  { name: "textValue", type: "text", value: (a) => a.textValue },
];
const PARTICIPATION_COLUMNS: BulkColumn<Prisma.ParticipationCreateManyInput>[] = [
  { name: "id", type: "text", value: (p) => p.id },
  { name: "orgId", type: "text", value: (p) => p.orgId },
  { name: "surveyId", type: "text", value: (p) => p.surveyId },
  { name: "roundId", type: "text", value: (p) => p.roundId },
  { name: "userId", type: "text", value: (p) => p.userId },
  { name: "teamId", type: "text", value: (p) => p.teamId },
  { name: "day", type: "date", value: (p) => p.day },
];

async function inChunks<T>(rows: T[], write: (data: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}
