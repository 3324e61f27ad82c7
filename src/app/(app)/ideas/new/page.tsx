import type { Metadata } from "next";
import Link from "next/link";
import { IdeaForm } from "@/components/ideas/idea-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { loadIdeaOptions } from "@/server/ideas/idea-options";

export const metadata: Metadata = { title: "Submit an idea" };

export default async function NewIdeaPage() {
  const member = await requireMember("ideas:submit");
  const options = await loadIdeaOptions(db, { orgId: member.orgId });
  // The member's own team is the default, if it still exists.
  const defaultTeamId = options.teams.some((t) => t.id === member.teamId) ? member.teamId : null;
  return (
    <>
      <PageHeader
        title="Submit an idea"
        description="You see what frustrates customers. Tell us in a few words — it takes a minute."
        actions={
          <Link href="/ideas" className="text-sm font-medium text-brand-700 hover:underline">
            Back to the board
          </Link>
        }
      />
      <div className="max-w-2xl">
        <Card>
          <IdeaForm teams={options.teams} stageGroups={options.stageGroups} defaultTeamId={defaultTeamId} />
        </Card>
      </div>
    </>
  );
}
