/**
 * Writes the benchmark organization's skeleton: the organization and its owner, a CX leader
 * (whose session renders the dashboard), a manager per team, the team tree, the surveys with
 * their headline questions, the weekly pulse rounds, every employee (a user and a FRONTLINE
 * membership, so Participation rows name real people) and an API key.
 */
import type pg from "pg";
import { createApiKey } from "../../../src/server/api-keys/api-keys";
import { createOrganization } from "../../../src/server/orgs/create-organization";
import { hashPassword } from "../../../src/server/passwords";
import type { Db } from "../../../src/server/prisma-client";
import { addDays, REGION_NAMES, ROUNDS, type BenchPlan } from "./plan";

export const ORG_NAME = "Bench Outfitters";

export type BenchSurvey = { id: string; questionId: string; metric: "NPS" | "CSAT" | "ENPS"; title: string };

export type BenchOrg = {
  orgId: string;
  apiKey: string;
  cxLeader: { userId: string; email: string; name: string };
  regionIds: string[];
  /** Team id per planned store index. */
  storeIds: string[];
  surveys: { npsStore: BenchSurvey; npsOnline: BenchSurvey; csat: BenchSurvey; pulse: BenchSurvey };
  roundIds: string[];
};

const SURVEYS = [
  { key: "npsStore", title: "Store visit NPS", metric: "NPS", audience: "CUSTOMER", type: "NPS", min: 0, max: 10, prompt: `How likely are you to recommend ${ORG_NAME} to a friend?` },
  { key: "npsOnline", title: "Online order NPS", metric: "NPS", audience: "CUSTOMER", type: "NPS", min: 0, max: 10, prompt: "How likely are you to recommend our online store to a friend?" },
  { key: "csat", title: "Fitting and returns CSAT", metric: "CSAT", audience: "CUSTOMER", type: "CSAT", min: 1, max: 5, prompt: "How satisfied are you with the help you received?" },
  { key: "pulse", title: "Weekly pulse", metric: "ENPS", audience: "EMPLOYEE", type: "NPS", min: 0, max: 10, prompt: `How likely are you to recommend ${ORG_NAME} as a place to work?` },
] as const;

export async function seedOrganization(prisma: Db, sql: pg.Pool, plan: BenchPlan): Promise<BenchOrg> {
  const password = "bench password 123";
  const { orgId, ownerId } = await createOrganization(prisma, { orgName: ORG_NAME, ownerName: "Olivia Owner", email: "owner@bench.tandem.local", password });
  const passwordHash = await hashPassword(password);

  const regionIds: string[] = [];
  for (const name of REGION_NAMES) {
    regionIds.push((await prisma.team.create({ data: { orgId, name }, select: { id: true } })).id);
  }
  const storeIds: string[] = [];
  for (const store of plan.stores) {
    storeIds.push((await prisma.team.create({ data: { orgId, name: store.name, parentId: regionIds[store.region]! }, select: { id: true } })).id);
  }

  const leader = await prisma.user.create({ data: { email: "cx.leader@bench.tandem.local", name: "Casey Leader", passwordHash }, select: { id: true, email: true, name: true } });
  await prisma.membership.create({ data: { orgId, userId: leader.id, role: "CX_LEADER" } });
  const hr = await prisma.user.create({ data: { email: "hr@bench.tandem.local", name: "Harper People", passwordHash }, select: { id: true } });
  await prisma.membership.create({ data: { orgId, userId: hr.id, role: "HR" } });
  const teamIds = [...regionIds, ...storeIds];
  await prisma.user.createMany({ data: teamIds.map((_, i) => ({ id: `bench_manager_${i}`, email: `manager${i}@bench.tandem.local`, name: `Manager ${i}`, passwordHash })) });
  await prisma.membership.createMany({ data: teamIds.map((teamId, i) => ({ orgId, userId: `bench_manager_${i}`, role: "MANAGER" as const, teamId })) });

  const surveys = {} as BenchOrg["surveys"];
  for (const spec of SURVEYS) {
    const survey = await prisma.survey.create({
      data: {
        orgId,
        title: spec.title,
        audience: spec.audience,
        metric: spec.metric,
        status: "ACTIVE",
        anonymous: spec.audience === "EMPLOYEE",
        cadence: spec.audience === "EMPLOYEE" ? "WEEKLY" : null,
        pulseStartsOn: spec.audience === "EMPLOYEE" ? new Date(`${plan.firstDay}T00:00:00Z`) : null,
        questions: { create: { orgId, position: 0, type: spec.type, prompt: spec.prompt, required: true, isHeadline: true, scaleMin: spec.min, scaleMax: spec.max } },
      },
      select: { id: true, questions: { select: { id: true } } },
    });
    surveys[spec.key] = { id: survey.id, questionId: survey.questions[0]!.id, metric: spec.metric, title: spec.title };
  }

  const roundIds = Array.from({ length: ROUNDS }, (_, r) => `bench_round_${r}`);
  await prisma.pulseRound.createMany({
    data: roundIds.map((id, r) => ({
      id,
      orgId,
      surveyId: surveys.pulse.id,
      opensAt: new Date(`${addDays(plan.firstDay, r * 7)}T00:00:00Z`),
      closesAt: new Date(`${addDays(plan.firstDay, r * 7 + 7)}T00:00:00Z`),
      status: "CLOSED" as const,
    })),
  });
  await prisma.pulseTeam.createMany({ data: storeIds.map((teamId) => ({ surveyId: surveys.pulse.id, teamId, orgId })) });

  // Employees: set-based, however many there are. They never sign in (no usable password).
  await sql.query(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
     SELECT 'bench_user_' || p, 'employee' || p || '@bench.tandem.local', 'Employee ' || p, '!', now()
     FROM generate_series(0, $1::int - 1) AS p`,
    [plan.people],
  );
  await sql.query(
    `INSERT INTO "Membership" ("id", "orgId", "userId", "role", "teamId", "updatedAt")
     SELECT 'bench_member_' || p, $1, 'bench_user_' || p, 'FRONTLINE', ($2::text[])[1 + ($3::int[])[1 + p]], now()
     FROM generate_series(0, $4::int - 1) AS p`,
    [orgId, storeIds, plan.personStore, plan.people],
  );

  const key = await createApiKey(prisma, { orgId, actor: { userId: ownerId }, name: "benchmark" });
  return { orgId, apiKey: key.key, cxLeader: { userId: leader.id, email: leader.email, name: leader.name }, regionIds, storeIds, surveys, roundIds };
}
