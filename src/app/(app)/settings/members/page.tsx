import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { can, ROLE_LABELS } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listPendingInvitations } from "@/server/members/invitations";
import { listMembers } from "@/server/members/members";
import { listTeams } from "@/server/teams/teams";
import { InviteForm, MemberRow, PendingInvitation } from "./members-client";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const member = await requireMember("members:read");
  const canManage = can(member.role, "members:manage");
  const [members, teams, invitations] = await Promise.all([
    listMembers(db, { orgId: member.orgId }),
    listTeams(db, { orgId: member.orgId }),
    canManage ? listPendingInvitations(db, { orgId: member.orgId }) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader title="Members" description="Who is in your organization, their role and their team. Managers see their team and its sub-teams; frontline staff see their own team." />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card title={`Members (${members.length})`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">Name</th>
                  <th scope="col" className="py-2 pr-3">Role</th>
                  <th scope="col" className="py-2 pr-3">Team</th>
                  {canManage ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <MemberRow key={m.membershipId} member={m} teams={teams} canManage={canManage} isSelf={m.userId === member.userId} actorIsOwner={member.role === "OWNER"} />
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        {canManage ? (
          <div className="space-y-6">
            <Card title="Invite someone" description="They get a link to set their password and join with this role.">
              <InviteForm teams={teams} actorIsOwner={member.role === "OWNER"} />
            </Card>
            {invitations.length ? (
              <Card title="Pending invitations">
                <ul className="space-y-2">
                  {invitations.map((inv) => (
                    <PendingInvitation
                      key={inv.id}
                      id={inv.id}
                      label={`${inv.email ?? "Anyone with the link"} · ${ROLE_LABELS[inv.role]}${inv.team ? ` · ${inv.team.name}` : ""}`}
                      expires={inv.expiresAt.toISOString().slice(0, 10)}
                    />
                  ))}
                </ul>
              </Card>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}
