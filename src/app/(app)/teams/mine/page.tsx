import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";

export const metadata: Metadata = { title: "My team" };

/** "My team" in the navigation: the member's team page, or a word on what to do without one. */
export default async function MyTeamPage() {
  const member = await requireMember("teams:read");
  if (member.teamId) redirect(`/teams/${member.teamId}`);
  return (
    <>
      <PageHeader title="My team" />
      <Card title="You're not in a team yet">
        <p className="text-sm text-slate-700">
          Your team page shows what customers say about your team, the praise passed on to it, and its ideas. Once an administrator adds you to your team in
          Members, it appears here.
        </p>
        {can(member.role, "teams:manage") ? (
          <p className="mt-3 text-sm">
            <Link href="/settings/members" className="font-medium text-brand-700 hover:underline">
              Choose your team in Members
            </Link>{" "}
            or{" "}
            <Link href="/settings/teams" className="font-medium text-brand-700 hover:underline">
              see all teams
            </Link>
            .
          </p>
        ) : null}
      </Card>
    </>
  );
}
