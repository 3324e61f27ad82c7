/**
 * Small factories for integration tests: real rows through the real data-access functions.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/server/db";
import { createApiKey } from "@/server/api-keys/api-keys";
import { createOrganization } from "@/server/orgs/create-organization";
import type { Role } from "@/lib/roles";
import { hashPassword } from "@/server/passwords";

export const TEST_PASSWORD = "correct horse battery";

const unique = () => randomBytes(4).toString("hex");

export async function makeOrg(options: { name?: string } = {}) {
  const email = `owner-${unique()}@example.test`;
  const org = await createOrganization(db, { orgName: options.name ?? `Org ${unique()}`, ownerName: "Olive Owner", email, password: TEST_PASSWORD });
  const key = await createApiKey(db, { orgId: org.orgId, actor: { userId: org.ownerId }, name: "test" });
  return { ...org, email, apiKey: key.key, apiKeyId: key.id };
}

let cachedHash: Promise<string> | undefined;

export async function makeMember(orgId: string, options: { role?: Role; teamId?: string | null; name?: string } = {}) {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `member-${unique()}@example.test`;
  const user = await db.user.create({ data: { email, name: options.name ?? "Mia Member", passwordHash: await cachedHash }, select: { id: true } });
  const membership = await db.membership.create({
    data: { orgId, userId: user.id, role: options.role ?? "FRONTLINE", teamId: options.teamId ?? null },
    select: { id: true },
  });
  return { userId: user.id, membershipId: membership.id, email };
}

export async function makeTeam(orgId: string, options: { name?: string; parentId?: string | null } = {}) {
  return db.team.create({ data: { orgId, name: options.name ?? `Team ${unique()}`, parentId: options.parentId ?? null }, select: { id: true, name: true, parentId: true } });
}

// Appended rather than merged into the imports above, so parallel edits to this file don't collide.
import { createSurvey } from "@/server/surveys/create-survey";

/** A survey with its headline question, through the same function as POST /api/v1/surveys. */
export async function makeSurvey(
  orgId: string,
  options: { title?: string; audience?: "CUSTOMER" | "EMPLOYEE"; metric?: "NPS" | "CSAT" | "ENPS" } = {},
) {
  const metric = options.metric ?? (options.audience === "EMPLOYEE" ? "ENPS" : "NPS");
  const audience = options.audience ?? (metric === "ENPS" ? "EMPLOYEE" : "CUSTOMER");
  return createSurvey(db, { orgId, actor: {}, input: { title: options.title ?? `Survey ${unique()}`, audience, metric } });
}
