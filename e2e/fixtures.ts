/**
 * Fixtures: data straight into the e2e database and sessions minted as next-auth would, so
 * specs sign in without clicking through the form (shared/STYLE.md, habit 10).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { test as base, type BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { createPrismaClient, type Db } from "../src/server/prisma-client";
import { createOrganization } from "../src/server/orgs/create-organization";
import { createApiKey } from "../src/server/api-keys/api-keys";
import { hashPassword } from "../src/server/passwords";
import type { Role } from "../src/lib/roles";

type E2EConfig = { databaseUrl: string; secret: string; port: number };

function config(): E2EConfig {
  const port = process.env.E2E_PORT ?? "3100";
  return JSON.parse(readFileSync(path.join(process.cwd(), ".tandem", `e2e-${port}.json`), "utf8")) as E2EConfig;
}

export const PASSWORD = "e2e password 123";
export const unique = () => randomBytes(4).toString("hex");

export type TestOrg = { orgId: string; ownerId: string; ownerEmail: string; apiKey: string };

export class Seeder {
  constructor(readonly db: Db) {}

  async org(name = `Org ${unique()}`): Promise<TestOrg> {
    const ownerEmail = `owner-${unique()}@e2e.test`;
    const org = await createOrganization(this.db, { orgName: name, ownerName: "Olga Owner", email: ownerEmail, password: PASSWORD });
    const key = await createApiKey(this.db, { orgId: org.orgId, actor: { userId: org.ownerId }, name: "e2e" });
    return { orgId: org.orgId, ownerId: org.ownerId, ownerEmail, apiKey: key.key };
  }

  async member(orgId: string, role: Role, teamId: string | null = null) {
    const email = `${role.toLowerCase()}-${unique()}@e2e.test`;
    const user = await this.db.user.create({ data: { email, name: `${role} person`, passwordHash: await hashPassword(PASSWORD) }, select: { id: true } });
    await this.db.membership.create({ data: { orgId, userId: user.id, role, teamId } });
    return { userId: user.id, email };
  }

  team(orgId: string, name: string, parentId: string | null = null) {
    return this.db.team.create({ data: { orgId, name, parentId }, select: { id: true, name: true } });
  }
}

/** Puts a valid session cookie for the user into the browser context. */
export async function signInAs(context: BrowserContext, user: { userId: string; email: string; orgId: string; name?: string }) {
  const { secret, port } = config();
  const token = await encode({ secret, token: { sub: user.userId, userId: user.userId, orgId: user.orgId, email: user.email, name: user.name ?? user.email } });
  await context.addCookies([{ name: "next-auth.session-token", value: token, domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax", expires: Math.floor(Date.now() / 1000) + 3600 }]);
  void port;
}

export const test = base.extend<{ seed: Seeder }, { workerDb: Db }>({
  workerDb: [
    async ({}, use) => {
      const db = createPrismaClient({ url: config().databaseUrl, poolMax: 2 });
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  seed: async ({ workerDb }, use) => {
    await use(new Seeder(workerDb));
  },
});

export { expect } from "@playwright/test";
