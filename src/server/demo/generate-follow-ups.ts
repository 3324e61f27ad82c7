/**
 * Closing the loop: a case for every detractor (NPS 0–6) or dissatisfied (CSAT 1–2) customer
 * who left a comment, opened with the response as the app does (src/core/follow-ups/rules.ts,
 * src/server/follow-ups/open-follow-ups.ts). Old cases are mostly closed with an outcome;
 * recent ones are still open (about half of those nobody has taken yet) or being worked on.
 * The first action (taking the case, a note or a status change) sets firstActionAt; closing
 * sets closedAt. Promoters' comments (NPS 9–10, CSAT 5) become kudos.
 */
import { canBeKudos, opensFollowUp } from "@/core/follow-ups/rules";
import type { FollowUpStatus, Prisma } from "@/generated/prisma/client";
import { DAY_MS, HOUR_MS, addMs } from "./calendar";
import { FOLLOW_UP_NOTES, FOLLOW_UP_OUTCOMES, FOLLOW_UP_OUTCOMES_NO_CONTACT, KUDOS_MESSAGES } from "./comments";
import type { CustomerResponse } from "./generate-customer-responses";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg, DemoPerson } from "./generate-org";
import type { Random } from "./random";

export type DemoFollowUp = { id: string; teamKey: string; ownerId: string | null; status: FollowUpStatus; createdAt: Date };

export type DemoFollowUps = {
  list: DemoFollowUp[];
  kudos: { id: string; teamKey: string; createdAt: Date }[];
  rows: {
    followUps: Prisma.FollowUpCreateManyInput[];
    notes: Prisma.FollowUpNoteCreateManyInput[];
    kudos: Prisma.KudosCreateManyInput[];
  };
};

const KUDOS_COUNT = 14;

export function generateFollowUps(ctx: DemoContext, org: DemoOrg, responses: CustomerResponse[]): DemoFollowUps {
  const random = ctx.random.fork("follow-ups");
  const out: DemoFollowUps = { list: [], kudos: [], rows: { followUps: [], notes: [], kudos: [] } };
  const rule = (r: CustomerResponse) => ({ audience: "CUSTOMER" as const, metric: r.kind, score: r.score, comment: r.comment });
  const unhappy = responses.filter((r) => opensFollowUp(rule(r)) && r.submittedAt <= ctx.now);

  for (const response of unhappy) {
    const person = ownerFor(random, org, response.team.key);
    const id = ctx.newId();
    // The case opens in the response's own transaction.
    const createdAt = response.submittedAt;
    const ageDays = (ctx.now.getTime() - createdAt.getTime()) / DAY_MS;
    const status = pickStatus(random, ageDays);
    // Open cases: about half are still waiting for someone to take them.
    const taken = status !== "OPEN" || random.chance(0.5);
    const owner = taken ? person : null;

    // Taking the case is the first action, within a day or so.
    const takenAt = taken ? before(ctx.now, addMs(createdAt, random.int(1, 30) * HOUR_MS)) : null;
    let firstActionAt: Date | null = takenAt;
    let closedAt: Date | null = null;
    let lastAt = takenAt ?? createdAt;
    if (owner && status !== "OPEN") {
      // A first note within three days, a second sometimes, then the close.
      const noteCount = random.chance(0.5) ? 2 : 1;
      const notes = random.sample(FOLLOW_UP_NOTES, noteCount);
      for (const body of notes) {
        const at = before(ctx.now, addMs(lastAt, random.int(2, 72) * HOUR_MS));
        if (at <= lastAt) break;
        firstActionAt ??= at;
        lastAt = at;
        out.rows.notes.push({ id: ctx.newId(), orgId: ctx.orgId, followUpId: id, authorId: owner.userId, body, createdAt: at });
      }
      if (status === "CLOSED") closedAt = before(ctx.now, addMs(lastAt, random.int(1, 96) * HOUR_MS));
    }
    const outcome =
      status === "CLOSED" ? random.pick(response.respondentEmail ? FOLLOW_UP_OUTCOMES : FOLLOW_UP_OUTCOMES_NO_CONTACT) : null;
    out.rows.followUps.push({
      id,
      orgId: ctx.orgId,
      responseId: response.id,
      teamId: response.team.id,
      ownerId: owner?.userId ?? null,
      status,
      outcome,
      firstActionAt,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? lastAt,
    });
    out.list.push({ id, teamKey: response.team.key, ownerId: owner?.userId ?? null, status, createdAt });
  }

  // Kudos go to praise that names someone first: that is what a manager would pass on.
  const praise = responses.filter((r) => canBeKudos(rule(r)) && r.submittedAt <= ctx.now);
  const named = random.shuffle(praise.filter((r) => r.praised !== null));
  const others = random.shuffle(praise.filter((r) => r.praised === null));
  for (const response of [...named, ...others].slice(0, KUDOS_COUNT)) {
    const giver = random.chance(0.5) ? org.cxLeader : (org.managers.get(response.team.key) ?? org.cxLeader);
    const createdAt = before(ctx.now, addMs(response.submittedAt, random.int(2, 60) * HOUR_MS));
    const id = ctx.newId();
    out.rows.kudos.push({
      id,
      orgId: ctx.orgId,
      teamId: response.team.id,
      responseId: response.id,
      message: random.pick(KUDOS_MESSAGES),
      createdById: giver.userId,
      createdAt,
    });
    out.kudos.push({ id, teamKey: response.team.key, createdAt });
  }
  return out;
}

/** Cases close within a few weeks; the last fortnight's are mostly still being worked on. */
function pickStatus(random: Random, ageDays: number): FollowUpStatus {
  if (ageDays > 30) return random.chance(0.94) ? "CLOSED" : "IN_PROGRESS";
  if (ageDays > 14) return random.weighted<FollowUpStatus>([["CLOSED", 60], ["IN_PROGRESS", 30], ["OPEN", 10]]);
  return random.weighted<FollowUpStatus>([["OPEN", 45], ["IN_PROGRESS", 45], ["CLOSED", 10]]);
}

/** The store's manager, or now and then the regional manager stepping in. */
function ownerFor(random: Random, org: DemoOrg, teamKey: string): DemoPerson {
  const parent = org.team(teamKey).spec.parent;
  const regional = parent ? org.managers.get(parent) : undefined;
  const own = org.managers.get(teamKey);
  if (regional && (!own || random.chance(0.15))) return regional;
  return own ?? org.cxLeader;
}

function before(limit: Date, instant: Date): Date {
  return instant > limit ? limit : instant;
}
