import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/roles";
import { buildTeamTree } from "@/lib/team-tree";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listTeams } from "@/server/teams/teams";
import { TeamCreateForm, TeamTreeView } from "./teams-client";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const member = await requireMember("teams:read");
  const teams = await listTeams(db, { orgId: member.orgId });
  const tree = buildTeamTree(teams);
  const canManage = can(member.role, "teams:manage");
  return (
    <>
      <PageHeader
        title="Teams"
        description="Your organization as a tree (region → store, say). Customer feedback is attributed to the team that served the customer, so each team's CX can be read next to its EX."
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card title={`All teams (${teams.length})`}>
          {teams.length === 0 ? <p className="text-sm text-slate-600">No teams yet.{canManage ? " Create the first one." : ""}</p> : <TeamTreeView tree={tree} allTeams={teams} canManage={canManage} />}
        </Card>
        {canManage ? (
          <Card title="New team">
            <TeamCreateForm teams={teams} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
