import { headers } from "next/headers";
import { COMMITTEE_PERIODS, type CommitteePeriod } from "@/core/ideas/periods";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import { publicOrigin } from "@/server/distributions/public-url";
import { getCommitteeView } from "@/server/ideas/committee";

export function parsePeriod(raw: string | string[] | undefined): CommitteePeriod {
  return typeof raw === "string" && (COMMITTEE_PERIODS as readonly string[]).includes(raw) ? (raw as CommitteePeriod) : "month";
}

export const CALL_MESSAGE =
  "The CX committee wants your ideas! Based on your role, how can we make our customers' lives easier? " +
  "If you had a magic wand, what would you do to improve their experience? It takes a minute — your name is optional.";

/** The committee page and its agenda show the same view. */
export async function loadCommittee(member: MemberContext, period: CommitteePeriod) {
  const [view, requestHeaders] = await Promise.all([getCommitteeView(db, { orgId: member.orgId, member, period }), headers()]);
  return { view, newIdeaUrl: `${publicOrigin(requestHeaders)}/ideas/new` };
}
