/**
 * Ideas for integration tests: submitted through the real createIdea, or written straight
 * into the tables when a test needs a given age, status or vote history.
 */
import { randomBytes } from "node:crypto";
import type { IdeaStatus } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { createIdea } from "@/server/ideas/create-idea";
import { makeMember, makeOrg, makeTeam } from "./index";

const unique = () => randomBytes(3).toString("hex");

export async function submitIdea(orgId: string, authorId: string | null, options: { title?: string; body?: string; teamId?: string | null; anonymous?: boolean } = {}) {
  return createIdea(db, {
    orgId,
    author: authorId ? { userId: authorId } : null,
    input: { title: options.title ?? `Idea ${unique()}`, body: options.body ?? "A better way to serve customers.", prompt: "FREE", stageId: null, teamId: options.teamId ?? null, anonymous: options.anonymous ?? false },
  });
}

export type RawIdeaOptions = {
  title?: string;
  body?: string;
  teamId?: string | null;
  authorId?: string | null;
  status?: IdeaStatus;
  createdAt?: Date;
  statusChangedAt?: Date;
  prompt?: "EASIER_LIVES" | "MAGIC_WAND" | "FREE";
  stageId?: string | null;
};

/** An idea row as it would be after some history, without going through the workflow. */
export async function rawIdea(orgId: string, options: RawIdeaOptions = {}) {
  const createdAt = options.createdAt ?? new Date();
  return db.idea.create({
    data: {
      orgId,
      title: options.title ?? `Idea ${unique()}`,
      body: options.body ?? "Body",
      teamId: options.teamId ?? null,
      authorId: options.authorId ?? null,
      status: options.status ?? "NEW",
      prompt: options.prompt ?? "FREE",
      stageId: options.stageId ?? null,
      createdAt,
      statusChangedAt: options.statusChangedAt ?? createdAt,
    },
    select: { id: true, title: true },
  });
}

/** Votes with given times, keeping voteCount equal to the rows as the app does. */
export async function rawVotes(orgId: string, ideaId: string, votes: { userId: string; at: Date }[]) {
  await db.ideaVote.createMany({ data: votes.map((v) => ({ orgId, ideaId, userId: v.userId, createdAt: v.at })) });
  await db.idea.update({ where: { id: ideaId }, data: { voteCount: { increment: votes.length } } });
}

/** An org with a region → two stores, an office, and people in each role. */
export async function makeIdeasWorld() {
  const org = await makeOrg();
  const orgId = org.orgId;
  const region = await makeTeam(orgId, { name: "North region" });
  const storeA = await makeTeam(orgId, { name: "Store A", parentId: region.id });
  const storeB = await makeTeam(orgId, { name: "Store B", parentId: region.id });
  const office = await makeTeam(orgId, { name: "Head office" });
  const [alice, bob, carol, leader, manager, admin] = await Promise.all([
    makeMember(orgId, { role: "FRONTLINE", teamId: storeA.id, name: "Alice Associate" }),
    makeMember(orgId, { role: "FRONTLINE", teamId: storeA.id, name: "Bob Associate" }),
    makeMember(orgId, { role: "FRONTLINE", teamId: storeB.id, name: "Carol Associate" }),
    makeMember(orgId, { role: "CX_LEADER", name: "Lena Leader" }),
    makeMember(orgId, { role: "MANAGER", teamId: region.id, name: "Max Manager" }),
    makeMember(orgId, { role: "ADMIN", name: "Ada Admin" }),
  ]);
  return { org, orgId, region, storeA, storeB, office, alice, bob, carol, leader, manager, admin };
}
