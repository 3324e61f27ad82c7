/**
 * Large personal-link sends through the job queue: the links are written in the request, and
 * a pg-boss worker (here against the test database) sends the emails in chunks.
 */
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db";
import { closeMailTransport } from "@/server/email/send-mail";
import { createBoss } from "@/server/jobs/boss";
import { enqueueInvitations, registerInvitationJobs } from "@/server/jobs/invitation-jobs";
import type { JobLogger } from "@/server/jobs/logger";
import { catcher, fixture, send } from "./personal-links-fixture";

afterAll(async () => {
  closeMailTransport();
  await catcher.stop();
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the queue");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("personal links through the job queue", () => {
  it("sends every invitation of a 450-recipient list once, in chunked jobs, and audits each chunk", async () => {
    const f = await fixture();
    const list = Array.from({ length: 450 }, (_, i) => `queued${i}@example.test`).join("\n");
    const result = await send(f, list);
    if (result.delivery.mode !== "background") throw new Error("expected a background delivery");

    const errors: unknown[] = [];
    const logger: JobLogger = { info: () => undefined, error: (message, error) => errors.push([message, error]) };
    const boss = createBoss({ connectionString: env().DATABASE_URL, logger, poolMax: 2 });
    await boss.start();
    try {
      await registerInvitationJobs({ boss, db, logger });
      expect(await enqueueInvitations(boss, result.delivery.job)).toBe(3);
      await waitFor(() => catcher.messages().length >= 450, 60_000);
    } finally {
      await boss.stop({ graceful: true, timeout: 5000 });
    }
    const recipients = catcher.messages().flatMap((m) => m.to);
    expect(recipients).toHaveLength(450);
    expect(new Set(recipients).size).toBe(450);
    const audits = await db.auditLog.findMany({ where: { orgId: f.org.orgId, action: "survey.personal_links.deliver" } });
    expect(audits.map((a) => (a.metadata as { sent: number }).sent).reduce((a, b) => a + b, 0)).toBe(450);
    expect(errors).toEqual([]);
  });
});
