/**
 * Frontline ideas with their whole life: status history with a note at each step (each by
 * someone allowed to make it), votes and comments (Idea.voteCount and Idea.commentCount kept
 * equal to their rows), and followers. Ideas further along are older, as they would be.
 * Anonymous ideas have no author, follower or receipt: nobody holds their secret.
 */
import type { IdeaStatus, Prisma } from "@/generated/prisma/client";
import { DAY_MS, HOUR_MS, addMs } from "./calendar";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg, DemoPerson } from "./generate-org";
import type { DemoJourneys } from "./generate-journeys";
import { IDEA_COMMENTS, IDEA_SPECS, INTERMEDIATE_NOTES } from "./ideas";
import type { Random } from "./random";

export type DemoIdea = { id: string; title: string; status: IdeaStatus; authorId: string | null; statusChangedAt: Date };

export type DemoIdeas = {
  list: DemoIdea[];
  rows: {
    ideas: Prisma.IdeaCreateManyInput[];
    statusChanges: Prisma.IdeaStatusChangeCreateManyInput[];
    votes: Prisma.IdeaVoteCreateManyInput[];
    comments: Prisma.IdeaCommentCreateManyInput[];
    followers: Prisma.IdeaFollowerCreateManyInput[];
  };
};

const PATH: Record<IdeaStatus, IdeaStatus[]> = {
  NEW: [],
  UNDER_REVIEW: ["UNDER_REVIEW"],
  PLANNED: ["UNDER_REVIEW", "PLANNED"],
  IN_PROGRESS: ["UNDER_REVIEW", "PLANNED", "IN_PROGRESS"],
  DONE: ["UNDER_REVIEW", "PLANNED", "IN_PROGRESS", "DONE"],
  DECLINED: ["UNDER_REVIEW", "DECLINED"],
};

/** How many days ago an idea with this final status was submitted. */
const AGE_DAYS: Record<IdeaStatus, [number, number]> = {
  NEW: [1, 20],
  UNDER_REVIEW: [10, 50],
  PLANNED: [30, 100],
  IN_PROGRESS: [40, 120],
  DONE: [70, 170],
  DECLINED: [30, 140],
};

const ANONYMOUS_RATE = 0.2;

export function generateIdeas(ctx: DemoContext, org: DemoOrg, journeys: DemoJourneys): DemoIdeas {
  const random = ctx.random.fork("ideas");
  const out: DemoIdeas = { list: [], rows: { ideas: [], statusChanges: [], votes: [], comments: [], followers: [] } };
  const frontline = (team: "store" | "support") =>
    org.people.filter((p) => p.role === "FRONTLINE" && p.teamKey !== null && org.team(p.teamKey).kind === team);
  const storeFrontline = frontline("store");
  const supportFrontline = frontline("support");
  const voters = org.people.filter((p) => p.role === "FRONTLINE" || p.role === "MANAGER");
  // Who may move an idea: the CX leader, or a manager whose subtree holds the idea's team
  // (the store's manager or its region's), as the app allows ("ideas:review").
  const decidersFor = (teamKey: string | null): DemoPerson[] => {
    if (!teamKey) return [org.cxLeader];
    const parent = org.team(teamKey).spec.parent;
    const managers = [org.managers.get(teamKey), parent ? org.managers.get(parent) : undefined].filter((m): m is DemoPerson => m !== undefined);
    return [org.cxLeader, org.cxLeader, ...managers];
  };

  IDEA_SPECS.forEach((spec, index) => {
    const id = ctx.newId();
    // The demo associate's own ideas are the first two, so their "what became of my idea"
    // view has something in it (one done, one in progress).
    const author: DemoPerson = index < 2 ? org.demoFrontline : random.pick(spec.fromSupport ? supportFrontline : storeFrontline);
    const anonymous = index >= 2 && random.chance(ANONYMOUS_RATE);
    const [minAge, maxAge] = AGE_DAYS[spec.status];
    const createdAt = addMs(ctx.now, -(random.int(minAge, maxAge) * DAY_MS + random.int(0, 10) * HOUR_MS));

    // Steps fall between submission and yesterday, in order.
    const span = ctx.now.getTime() - DAY_MS - createdAt.getTime();
    const path = PATH[spec.status];
    const times = path
      .map(() => createdAt.getTime() + DAY_MS * 0.5 + random.next() * Math.max(0, span - DAY_MS * 0.5))
      .sort((a, b) => a - b)
      .map((t) => new Date(t));
    const deciders = decidersFor(author.teamKey);
    let from: IdeaStatus = "NEW";
    path.forEach((to, step) => {
      const note = step === path.length - 1 && spec.note ? spec.note : intermediateNote(random, to);
      out.rows.statusChanges.push({
        id: ctx.newId(),
        orgId: ctx.orgId,
        ideaId: id,
        fromStatus: from,
        toStatus: to,
        note,
        changedById: random.pick(deciders).userId,
        createdAt: times[step] ?? createdAt,
      });
      from = to;
    });
    const statusChangedAt = times[times.length - 1] ?? createdAt;

    const popularity = spec.status === "NEW" ? random.int(0, 8) : random.int(5, 32);
    const ideaVoters = random.sample(
      voters.filter((p) => p.userId !== author.userId),
      popularity,
    );
    for (const voter of ideaVoters) {
      out.rows.votes.push({ ideaId: id, userId: voter.userId, orgId: ctx.orgId, createdAt: laterThan(random, createdAt, ctx.now, 30) });
    }
    const followers = new Set<string>(ideaVoters.filter(() => random.chance(0.3)).map((p) => p.userId));
    if (!anonymous) followers.add(author.userId);
    for (const userId of followers) out.rows.followers.push({ ideaId: id, userId, orgId: ctx.orgId });

    const commentCount = spec.status === "NEW" ? random.int(0, 2) : random.int(1, 4);
    const commentTimes = Array.from({ length: commentCount }, () => laterThan(random, createdAt, ctx.now, 40)).sort((a, b) => a.getTime() - b.getTime());
    for (const at of commentTimes) {
      out.rows.comments.push({ id: ctx.newId(), orgId: ctx.orgId, ideaId: id, authorId: random.pick(voters).userId, body: random.pick(IDEA_COMMENTS), createdAt: at });
    }

    out.rows.ideas.push({
      id,
      orgId: ctx.orgId,
      teamId: author.teamKey ? org.team(author.teamKey).id : null,
      authorId: anonymous ? null : author.userId,
      title: spec.title,
      body: spec.body,
      prompt: spec.prompt,
      stageId: spec.stage ? (journeys.stageId.get(spec.stage) ?? null) : null,
      status: spec.status,
      voteCount: ideaVoters.length,
      commentCount,
      statusChangedAt,
      createdAt,
      updatedAt: statusChangedAt,
    });
    out.list.push({ id, title: spec.title, status: spec.status, authorId: anonymous ? null : author.userId, statusChangedAt });
  });
  return out;
}

function intermediateNote(random: Random, status: IdeaStatus): string {
  if (status === "UNDER_REVIEW" || status === "PLANNED" || status === "IN_PROGRESS") return random.pick(INTERMEDIATE_NOTES[status]);
  // Every spec that ends DONE or DECLINED carries its own note; this is only a safety net.
  return "Decided by the CX committee.";
}

/** An instant after `start`, within `withinDays`, and not after `now`. */
function laterThan(random: Random, start: Date, now: Date, withinDays: number): Date {
  const end = Math.min(now.getTime(), start.getTime() + withinDays * DAY_MS);
  return new Date(start.getTime() + random.next() * (end - start.getTime()));
}
