/**
 * Frontline ideas against a real PostgreSQL: submission (named and anonymous, with the receipt),
 * one vote per member under concurrency, comments, the status workflow and its notifications,
 * merging duplicates, and the board's search, filters and sorts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { trendingScore } from "@/core/ideas/trending";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { changeIdeaStatusSchema, ideaBoardQuerySchema } from "@/lib/schemas/idea";
import { db } from "@/server/db";
import { changeIdeaStatus } from "@/server/ideas/change-idea-status";
import { addIdeaComment } from "@/server/ideas/comment-idea";
import { getIdea } from "@/server/ideas/get-idea";
import { listIdeas } from "@/server/ideas/list-ideas";
import { listTopIdeas } from "@/server/ideas/list-top-ideas";
import { mergeIdeas } from "@/server/ideas/merge-ideas";
import { getIdeaByReceipt } from "@/server/ideas/receipt";
import { followIdea, unvoteIdea, voteIdea } from "@/server/ideas/vote-idea";
import { listYouSaidWeDid } from "@/server/ideas/you-said-we-did";
import { makeMember, makeOrg } from "../factories";
import { makeIdeasWorld, rawIdea, rawVotes, submitIdea } from "../factories/ideas";

type World = Awaited<ReturnType<typeof makeIdeasWorld>>;
let w: World;
let other: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  [w, other] = await Promise.all([makeIdeasWorld(), makeOrg({ name: "Other org" })]);
});

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "ok";
};

const asMember = (m: { userId: string }, role: "FRONTLINE" | "MANAGER" | "CX_LEADER" | "ADMIN", teamId: string | null = null) => ({ userId: m.userId, role, teamId });
const board = (query: Record<string, unknown>, now?: Date) => listIdeas(db, { orgId: w.orgId, query: ideaBoardQuerySchema.parse(query), now });

/** Every row of every table (but the person's own user and membership) that mentions the id. */
async function rowsMentioning(userId: string): Promise<string[]> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('User', 'Membership', '_prisma_migrations')`;
  const found: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM ${Prisma.raw(`"${table_name}"`)} t WHERE t::text LIKE ${`%${userId}%`}`;
    if (Number(row?.n ?? 0) > 0) found.push(table_name);
  }
  return found;
}

describe("submitting an idea", () => {
  it("stores a named idea with its author, who follows it; no receipt", async () => {
    const created = await submitIdea(w.orgId, w.alice.userId, { title: "Second till at lunch", teamId: w.storeA.id });
    expect(created.receiptSecret).toBeNull();
    const idea = await db.idea.findUniqueOrThrow({ where: { id: created.id } });
    expect(idea).toMatchObject({ authorId: w.alice.userId, teamId: w.storeA.id, status: "NEW", voteCount: 0, commentCount: 0, receiptHash: null });
    expect(await db.ideaFollower.count({ where: { ideaId: created.id, userId: w.alice.userId } })).toBe(1);
    expect(await db.ideaVote.count({ where: { ideaId: created.id } })).toBe(0);
    expect((await getIdea(db, { orgId: w.orgId, ideaId: created.id })).authorName).toBe("Alice Associate");
  });

  it("leaves no row anywhere that ties an anonymous author to the idea, and gives them a working receipt", async () => {
    const shy = await makeMember(w.orgId, { role: "FRONTLINE", teamId: w.storeB.id, name: "Sam Shy" });
    const created = await submitIdea(w.orgId, shy.userId, { title: "Anonymous: fix the rota", teamId: w.storeB.id, anonymous: true });
    expect(created.receiptSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const idea = await db.idea.findUniqueOrThrow({ where: { id: created.id } });
    expect(idea.authorId).toBeNull();
    expect(idea.receiptHash).not.toBeNull();
    expect(idea.receiptHash).not.toContain(created.receiptSecret);
    expect(await db.idea.count({ where: { authorId: shy.userId } })).toBe(0);
    expect(await db.ideaVote.count({ where: { userId: shy.userId } })).toBe(0);
    expect(await db.ideaFollower.count({ where: { userId: shy.userId } })).toBe(0);
    expect(await db.ideaComment.count({ where: { authorId: shy.userId } })).toBe(0);
    expect(await db.notification.count({ where: { userId: shy.userId } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorUserId: shy.userId } })).toBe(0);
    expect(await rowsMentioning(shy.userId)).toEqual([]);

    // A status change later still notifies no one on their behalf, and their receipt shows it.
    await changeIdeaStatus(db, { orgId: w.orgId, ideaId: created.id, reviewer: asMember(w.leader, "CX_LEADER"), input: { status: "UNDER_REVIEW", note: "Looking into it" } });
    expect(await rowsMentioning(shy.userId)).toEqual([]);
    const viaReceipt = await getIdeaByReceipt(db, { orgId: w.orgId, secret: created.receiptSecret! });
    expect(viaReceipt).toMatchObject({ id: created.id, status: "UNDER_REVIEW", anonymous: true, authorName: null });
    expect(viaReceipt.history.map((h) => h.note)).toEqual(["Looking into it"]);

    const wrong = `${created.receiptSecret!.slice(0, -1)}${created.receiptSecret!.endsWith("A") ? "B" : "A"}`;
    expect(await codeOf(getIdeaByReceipt(db, { orgId: w.orgId, secret: wrong }))).toBe("not_found");
    expect(await codeOf(getIdeaByReceipt(db, { orgId: w.orgId, secret: "short" }))).toBe("not_found");
    expect(await codeOf(getIdeaByReceipt(db, { orgId: other.orgId, secret: created.receiptSecret! }))).toBe("not_found");
  });

  it("refuses a team or stage of another organization as a 400 on the field, storing nothing", async () => {
    const theirTeam = await db.team.create({ data: { orgId: other.orgId, name: "Theirs" }, select: { id: true } });
    const before = await db.idea.count({ where: { orgId: w.orgId } });
    const error = await submitIdea(w.orgId, w.alice.userId, { teamId: theirTeam.id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues?.[0]?.path).toEqual(["teamId"]);
    expect(await db.idea.count({ where: { orgId: w.orgId } })).toBe(before);
  });
});

describe("votes and comments", () => {
  it("counts one vote per member even when the same vote arrives twice at once, and voting follows", async () => {
    const { id } = await submitIdea(w.orgId, w.alice.userId);
    const results = await Promise.all([voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId }), voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId })]);
    expect(results.map((r) => r.voteCount)).toEqual([1, 1]);
    expect(await db.ideaVote.count({ where: { ideaId: id } })).toBe(1);
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).voteCount).toBe(1);
    expect(await db.ideaFollower.count({ where: { ideaId: id, userId: w.bob.userId } })).toBe(1);

    await Promise.all([voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.carol.userId }), voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.leader.userId })]);
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).voteCount).toBe(3);

    const [a, b] = await Promise.all([unvoteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId }), unvoteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId })]);
    expect([a.voteCount, b.voteCount]).toEqual([2, 2]);
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).voteCount).toBe(2);
    // Unvoting keeps following; unfollowing is its own choice.
    expect(await db.ideaFollower.count({ where: { ideaId: id, userId: w.bob.userId } })).toBe(1);
    await followIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId, follow: false });
    expect(await db.ideaFollower.count({ where: { ideaId: id, userId: w.bob.userId } })).toBe(0);
  });

  it("refuses a vote on another organization's idea as not found", async () => {
    const { id } = await submitIdea(other.orgId, other.ownerId);
    expect(await codeOf(voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId }))).toBe("not_found");
    expect(await codeOf(addIdeaComment(db, { orgId: w.orgId, ideaId: id, author: { userId: w.bob.userId, name: "Bob" }, body: "hi" }))).toBe("not_found");
    expect(await db.ideaVote.count({ where: { ideaId: id } })).toBe(0);
  });

  it("adds comments, counts them, makes the commenter a follower and tells the other followers", async () => {
    const { id } = await submitIdea(w.orgId, w.alice.userId, { title: "Comment me" });
    await voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId });
    await Promise.all([
      addIdeaComment(db, { orgId: w.orgId, ideaId: id, author: { userId: w.carol.userId, name: "Carol Associate" }, body: "Yes please" }),
      addIdeaComment(db, { orgId: w.orgId, ideaId: id, author: { userId: w.carol.userId, name: "Carol Associate" }, body: "Also on Sundays" }),
    ]);
    const idea = await getIdea(db, { orgId: w.orgId, ideaId: id });
    expect(idea.commentCount).toBe(2);
    expect(idea.comments.map((c) => c.authorName)).toEqual(["Carol Associate", "Carol Associate"]);
    expect(await db.ideaFollower.count({ where: { ideaId: id, userId: w.carol.userId } })).toBe(1);
    const notes = await db.notification.findMany({ where: { orgId: w.orgId, kind: "idea.comment", link: `/ideas/${id}` }, select: { userId: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.alice.userId, w.alice.userId, w.bob.userId, w.bob.userId].sort());
  });
});

describe("the status workflow", () => {
  const change = (ideaId: string, status: string, note: string, reviewer = asMember(w.leader, "CX_LEADER")) =>
    changeIdeaStatus(db, { orgId: w.orgId, ideaId, reviewer, input: changeIdeaStatusSchema.parse({ status, note }) });

  it("writes the change with its note and notifies author, voters and followers but not the changer", async () => {
    const { id } = await submitIdea(w.orgId, w.alice.userId, { title: "Notify us", teamId: w.storeA.id });
    await voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.bob.userId });
    await voteIdea(db, { orgId: w.orgId, ideaId: id, userId: w.leader.userId });
    await followIdea(db, { orgId: w.orgId, ideaId: id, userId: w.carol.userId, follow: true });

    const result = await change(id, "PLANNED", "Approved for next month");
    expect(result).toMatchObject({ fromStatus: "NEW", status: "PLANNED", notified: 3 });
    const idea = await db.idea.findUniqueOrThrow({ where: { id } });
    expect(idea.status).toBe("PLANNED");
    expect(idea.statusChangedAt.getTime()).toBe(result.statusChangedAt.getTime());
    const history = await db.ideaStatusChange.findMany({ where: { ideaId: id } });
    expect(history).toEqual([expect.objectContaining({ fromStatus: "NEW", toStatus: "PLANNED", note: "Approved for next month", changedById: w.leader.userId })]);
    const notes = await db.notification.findMany({ where: { orgId: w.orgId, kind: "idea.status", link: `/ideas/${id}` }, select: { userId: true, body: true, title: true } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.alice.userId, w.bob.userId, w.carol.userId].sort());
    expect(notes.every((n) => n.body === "Approved for next month" && n.title === "“Notify us” is now planned")).toBe(true);
    const audit = await db.auditLog.findFirst({ where: { orgId: w.orgId, action: "idea.status", targetId: id } });
    expect(audit?.actorUserId).toBe(w.leader.userId);
  });

  it("allows forward moves, declining open ideas and reopening declined ones; refuses the rest with 409", async () => {
    const { id } = await submitIdea(w.orgId, w.alice.userId);
    expect(await codeOf(change(id, "NEW", "again"))).toBe("conflict");
    await change(id, "UNDER_REVIEW", "Looking");
    expect(await codeOf(change(id, "UNDER_REVIEW", "twice"))).toBe("conflict");
    await change(id, "DECLINED", "Not now");
    expect(await codeOf(change(id, "PLANNED", "skip review"))).toBe("conflict");
    await change(id, "UNDER_REVIEW", "Reopened");
    await change(id, "IN_PROGRESS", "Straight to work");
    expect(await codeOf(change(id, "PLANNED", "backwards"))).toBe("conflict");
    await change(id, "DONE", "Shipped");
    expect(await codeOf(change(id, "DECLINED", "too late"))).toBe("conflict");
    const history = await db.ideaStatusChange.findMany({ where: { ideaId: id }, orderBy: { createdAt: "asc" }, select: { toStatus: true } });
    expect(history.map((h) => h.toStatus)).toEqual(["UNDER_REVIEW", "DECLINED", "UNDER_REVIEW", "IN_PROGRESS", "DONE"]);
  });

  it("requires a note", () => {
    expect(changeIdeaStatusSchema.safeParse({ status: "PLANNED", note: "   " }).success).toBe(false);
    expect(changeIdeaStatusSchema.safeParse({ status: "PLANNED" }).success).toBe(false);
  });

  it("lets a manager review their subtree's ideas only", async () => {
    const manager = asMember(w.manager, "MANAGER", w.region.id);
    const inStore = await submitIdea(w.orgId, w.alice.userId, { teamId: w.storeA.id });
    const inOffice = await submitIdea(w.orgId, w.alice.userId, { teamId: w.office.id });
    const noTeam = await submitIdea(w.orgId, w.alice.userId, { teamId: null });
    await change(inStore.id, "UNDER_REVIEW", "Mine", manager);
    expect(await codeOf(change(inOffice.id, "UNDER_REVIEW", "Not mine", manager))).toBe("forbidden");
    expect(await codeOf(change(noTeam.id, "UNDER_REVIEW", "Nobody's", manager))).toBe("forbidden");
    expect(await codeOf(change(inStore.id, "PLANNED", "Frontline", asMember(w.bob, "FRONTLINE", w.storeA.id)))).toBe("forbidden");
    expect((await db.idea.findUniqueOrThrow({ where: { id: inOffice.id } })).status).toBe("NEW");
    expect(await db.ideaStatusChange.count({ where: { ideaId: { in: [inOffice.id, noTeam.id] } } })).toBe(0);
  });

  it("records API changes without a person and notifies everyone", async () => {
    const { id } = await submitIdea(w.orgId, w.alice.userId);
    const result = await changeIdeaStatus(db, { orgId: w.orgId, ideaId: id, reviewer: { apiKeyId: w.org.apiKeyId }, input: { status: "UNDER_REVIEW", note: "From the API" } });
    expect(result.notified).toBe(1);
    expect((await getIdea(db, { orgId: w.orgId, ideaId: id })).history[0]).toMatchObject({ changedByName: null, note: "From the API" });
  });

  it("can't change another organization's idea", async () => {
    const { id } = await submitIdea(other.orgId, other.ownerId);
    expect(await codeOf(change(id, "UNDER_REVIEW", "x"))).toBe("not_found");
  });
});

describe("merging duplicates", () => {
  it("moves votes (once per member) and followers to the kept idea, keeps comments, recounts, notifies", async () => {
    const dup = await submitIdea(w.orgId, w.alice.userId, { title: "Duplicate", teamId: w.storeA.id });
    const kept = await submitIdea(w.orgId, w.carol.userId, { title: "Kept", teamId: w.storeB.id });
    for (const u of [w.alice, w.bob]) await voteIdea(db, { orgId: w.orgId, ideaId: dup.id, userId: u.userId });
    for (const u of [w.bob, w.manager]) await voteIdea(db, { orgId: w.orgId, ideaId: kept.id, userId: u.userId });
    await addIdeaComment(db, { orgId: w.orgId, ideaId: dup.id, author: { userId: w.bob.userId, name: "Bob" }, body: "Same as the other" });
    await db.notification.deleteMany({ where: { orgId: w.orgId } });

    const result = await mergeIdeas(db, { orgId: w.orgId, ideaId: dup.id, intoId: kept.id, reviewer: asMember(w.leader, "CX_LEADER") });
    expect(result).toMatchObject({ voteCount: 3 });
    const [d, k] = await Promise.all([db.idea.findUniqueOrThrow({ where: { id: dup.id } }), db.idea.findUniqueOrThrow({ where: { id: kept.id } })]);
    expect(d).toMatchObject({ mergedIntoId: kept.id, voteCount: 0, commentCount: 1 });
    expect(k).toMatchObject({ mergedIntoId: null, voteCount: 3, commentCount: 0 });
    const voters = await db.ideaVote.findMany({ where: { ideaId: kept.id }, select: { userId: true } });
    expect(voters.map((v) => v.userId).sort()).toEqual([w.alice.userId, w.bob.userId, w.manager.userId].sort());
    expect(await db.ideaVote.count({ where: { ideaId: dup.id } })).toBe(0);
    const followers = await db.ideaFollower.findMany({ where: { ideaId: kept.id }, select: { userId: true } });
    expect(followers.map((f) => f.userId).sort()).toEqual([w.alice.userId, w.bob.userId, w.carol.userId, w.manager.userId].sort());
    expect(await db.ideaFollower.count({ where: { ideaId: dup.id } })).toBe(0);
    expect(await db.ideaComment.count({ where: { ideaId: dup.id } })).toBe(1);
    const merged = await db.notification.findMany({ where: { orgId: w.orgId, kind: "idea.merged" }, select: { userId: true, link: true } });
    expect(merged.map((n) => n.userId).sort()).toEqual([w.alice.userId, w.bob.userId].sort());
    expect(merged.every((n) => n.link === `/ideas/${kept.id}`)).toBe(true);

    // The duplicate leaves the board, shows where it went, and takes no more votes or changes.
    const detail = await getIdea(db, { orgId: w.orgId, ideaId: dup.id });
    expect(detail.mergedInto).toMatchObject({ id: kept.id, title: "Kept" });
    expect((await getIdea(db, { orgId: w.orgId, ideaId: kept.id })).mergedFrom).toEqual([{ id: dup.id, title: "Duplicate" }]);
    expect((await board({ q: "Duplicate" })).ideas).toEqual([]);
    expect(await codeOf(voteIdea(db, { orgId: w.orgId, ideaId: dup.id, userId: w.carol.userId }))).toBe("conflict");
    expect(await codeOf(changeIdeaStatus(db, { orgId: w.orgId, ideaId: dup.id, reviewer: asMember(w.leader, "CX_LEADER"), input: { status: "PLANNED", note: "x" } }))).toBe("conflict");
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: dup.id, intoId: kept.id, reviewer: asMember(w.leader, "CX_LEADER") }))).toBe("conflict");
    const third = await submitIdea(w.orgId, w.alice.userId);
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: third.id, intoId: dup.id, reviewer: asMember(w.leader, "CX_LEADER") }))).toBe("conflict");
  });

  it("refuses merging across organizations, into itself, and outside a manager's subtree", async () => {
    const mine = await submitIdea(w.orgId, w.alice.userId, { teamId: w.storeA.id });
    const theirs = await submitIdea(other.orgId, other.ownerId);
    await voteIdea(db, { orgId: w.orgId, ideaId: mine.id, userId: w.bob.userId });
    const leader = asMember(w.leader, "CX_LEADER");
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: mine.id, intoId: theirs.id, reviewer: leader }))).toBe("validation_failed");
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: theirs.id, intoId: mine.id, reviewer: leader }))).toBe("not_found");
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: mine.id, intoId: mine.id, reviewer: leader }))).toBe("validation_failed");
    const office = await submitIdea(w.orgId, w.alice.userId, { teamId: w.office.id });
    expect(await codeOf(mergeIdeas(db, { orgId: w.orgId, ideaId: mine.id, intoId: office.id, reviewer: asMember(w.manager, "MANAGER", w.region.id) }))).toBe("forbidden");
    expect(await db.idea.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ mergedIntoId: null, voteCount: 1 });
    expect(await db.ideaVote.count({ where: { ideaId: theirs.id } })).toBe(0);
  });
});

describe("the idea board", () => {
  let b: World;
  const DAY = 24 * 3600 * 1000;
  const now = new Date("2026-05-20T12:00:00Z");
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const list = (query: Record<string, unknown>) => listIdeas(db, { orgId: b.orgId, query: ideaBoardQuerySchema.parse(query), now });
  let ids: Record<string, string>;

  beforeAll(async () => {
    b = await makeIdeasWorld();
    const stage = await db.journey.create({
      data: { orgId: b.orgId, kind: "CUSTOMER", name: "Shopping", stages: { create: [{ orgId: b.orgId, position: 0, name: "Checkout" }] } },
      select: { stages: { select: { id: true } } },
    });
    const stageId = stage.stages[0]!.id;
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => makeMember(b.orgId, { name: `Voter ${i}` })));
    const [old, fresh, steady, declined, search] = await Promise.all([
      rawIdea(b.orgId, { title: "Old favourite", createdAt: ago(60), teamId: b.storeA.id, prompt: "MAGIC_WAND", status: "PLANNED" }),
      rawIdea(b.orgId, { title: "Fresh buzz", createdAt: ago(3), teamId: b.storeB.id, stageId, prompt: "EASIER_LIVES" }),
      rawIdea(b.orgId, { title: "Steady one", createdAt: ago(20), teamId: b.office.id, authorId: b.alice.userId }),
      rawIdea(b.orgId, { title: "Declined thing", createdAt: ago(10), status: "DECLINED" }),
      rawIdea(b.orgId, { title: "Discount 100% off", body: "Gift CARDS at every till", createdAt: ago(1), teamId: b.storeA.id }),
    ]);
    ids = { old: old.id, fresh: fresh.id, steady: steady.id, declined: declined.id, search: search.id };
    // Old: 8 votes, all 20+ days ago (no trend). Fresh: 3 votes in the last two days. Steady: 4 spread over 12 days.
    await rawVotes(b.orgId, old.id, people.map((p, i) => ({ userId: p.userId, at: ago(20 + i) })));
    await rawVotes(b.orgId, fresh.id, people.slice(0, 3).map((p, i) => ({ userId: p.userId, at: ago(0.5 + i * 0.5) })));
    await rawVotes(b.orgId, steady.id, people.slice(0, 4).map((p, i) => ({ userId: p.userId, at: ago(1 + i * 3.5) })));
    await rawVotes(b.orgId, declined.id, people.slice(0, 1).map((p) => ({ userId: p.userId, at: ago(2) })));
  });

  it("sorts by most votes, then newest", async () => {
    const { ideas, total } = await list({ sort: "votes" });
    expect(ideas.map((i) => i.title)).toEqual(["Old favourite", "Steady one", "Fresh buzz", "Declined thing", "Discount 100% off"]);
    expect(total).toBe(5);
    expect(ideas.find((i) => i.id === ids.steady)).toMatchObject({ authorName: "Alice Associate", anonymous: false, teamName: "Head office", trendingScore: null });
    expect(ideas.find((i) => i.id === ids.old)).toMatchObject({ authorName: null, anonymous: true });
  });

  it("sorts by newest", async () => {
    const { ideas } = await list({ sort: "newest" });
    expect(ideas.map((i) => i.title)).toEqual(["Discount 100% off", "Fresh buzz", "Declined thing", "Steady one", "Old favourite"]);
  });

  it("sorts by trending exactly as the core's score, fresh votes first", async () => {
    const { ideas } = await list({ sort: "trending" });
    const votes = await db.ideaVote.findMany({ where: { orgId: b.orgId }, select: { ideaId: true, createdAt: true } });
    const expected = new Map(ideas.map((i) => [i.id, trendingScore(votes.filter((v) => v.ideaId === i.id).map((v) => v.createdAt.getTime()), now.getTime())]));
    for (const idea of ideas) expect(idea.trendingScore).toBeCloseTo(expected.get(idea.id)!, 9);
    expect(ideas.map((i) => i.title)).toEqual(["Fresh buzz", "Steady one", "Declined thing", "Old favourite", "Discount 100% off"]);
    expect(ideas.find((i) => i.id === ids.old)?.trendingScore).toBe(0);
    // Seen two weeks later, the fresh votes no longer count: the order falls back to votes.
    const later = await listIdeas(db, { orgId: b.orgId, query: ideaBoardQuerySchema.parse({ sort: "trending" }), now: new Date(now.getTime() + 15 * DAY) });
    expect(later.ideas.every((i) => i.trendingScore === 0)).toBe(true);
    expect(later.ideas.map((i) => i.title)).toEqual(["Old favourite", "Steady one", "Fresh buzz", "Declined thing", "Discount 100% off"]);
  });

  it("searches title and body case-insensitively, with % and _ taken literally", async () => {
    expect((await list({ q: "gift cards" })).ideas.map((i) => i.id)).toEqual([ids.search]);
    expect((await list({ q: "FRESH" })).ideas.map((i) => i.id)).toEqual([ids.fresh]);
    expect((await list({ q: "100%" })).ideas.map((i) => i.id)).toEqual([ids.search]);
    expect((await list({ q: "%" })).ideas.map((i) => i.id)).toEqual([ids.search]);
    expect((await list({ q: "_" })).ideas).toEqual([]);
  });

  it("filters by status, team subtree, stage and prompt", async () => {
    expect((await list({ status: "DECLINED" })).ideas.map((i) => i.id)).toEqual([ids.declined]);
    expect((await list({ teamId: b.region.id, sort: "newest" })).ideas.map((i) => i.id)).toEqual([ids.search, ids.fresh, ids.old]);
    expect((await list({ teamId: b.storeB.id })).ideas.map((i) => i.id)).toEqual([ids.fresh]);
    const fresh = (await list({ q: "Fresh" })).ideas[0]!;
    expect((await list({ stageId: fresh.stageId })).ideas.map((i) => i.id)).toEqual([ids.fresh]);
    expect(fresh.stageName).toBe("Checkout");
    expect((await list({ prompt: "MAGIC_WAND" })).ideas.map((i) => i.id)).toEqual([ids.old]);
    expect((await list({ prompt: "FREE", teamId: b.storeA.id })).ideas.map((i) => i.id)).toEqual([ids.search]);
    expect(await codeOf(list({ teamId: w.storeA.id }))).toBe("not_found");
  });

  it("pages with a total", async () => {
    const first = await list({ sort: "newest", pageSize: 2 });
    const third = await list({ sort: "newest", pageSize: 2, page: 3 });
    const beyond = await list({ sort: "newest", pageSize: 2, page: 9 });
    expect(first.ideas.map((i) => i.id)).toEqual([ids.search, ids.fresh]);
    expect(third.ideas.map((i) => i.id)).toEqual([ids.old]);
    expect(beyond).toMatchObject({ ideas: [], total: 5, page: 9 });
  });

  it("gives the dashboard's top ideas without declined or merged ones", async () => {
    const top = await listTopIdeas(db, { orgId: b.orgId, teamIds: null, take: 3 });
    expect(top.map((i) => i.title)).toEqual(["Old favourite", "Steady one", "Fresh buzz"]);
    expect(top[0]).toMatchObject({ teamName: "Store A", voteCount: 8, status: "PLANNED" });
    expect((await listTopIdeas(db, { orgId: b.orgId, teamIds: [b.storeB.id], take: 5 })).map((i) => i.id)).toEqual([ids.fresh]);
    expect(await listTopIdeas(db, { orgId: b.orgId, teamIds: [], take: 5 })).toEqual([]);
    expect((await listTopIdeas(db, { orgId: b.orgId, teamIds: null, take: 10 })).some((i) => i.id === ids.declined)).toBe(false);
  });

  it("lists what was done and what is on the way, with the closing note", async () => {
    const { id } = await submitIdea(b.orgId, b.alice.userId, { title: "Done deal", teamId: b.storeA.id });
    await changeIdeaStatus(db, { orgId: b.orgId, ideaId: id, reviewer: asMember(b.leader, "CX_LEADER"), input: { status: "DONE", note: "Shipped everywhere" } });
    const done = await listYouSaidWeDid(db, { orgId: b.orgId, statuses: ["DONE"], since: null });
    expect(done).toEqual([expect.objectContaining({ ideaId: id, note: "Shipped everywhere", teamName: "Store A", status: "DONE" })]);
    const onTheWay = await listYouSaidWeDid(db, { orgId: b.orgId, statuses: ["PLANNED", "IN_PROGRESS"], since: null });
    expect(onTheWay.map((i) => i.ideaId)).toEqual([ids.old]);
    expect(await listYouSaidWeDid(db, { orgId: b.orgId, statuses: ["DONE"], since: new Date(Date.now() + DAY) })).toEqual([]);
  });
});
