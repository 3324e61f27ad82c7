import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { isMailConfigured, NOT_CONFIGURED_MESSAGE } from "@/server/email/send-mail";
import { MAX_RECIPIENTS } from "@/server/personal-links/parse-recipients";
import { EMPLOYEE_MESSAGE, NOT_ACTIVE_MESSAGE } from "@/server/personal-links/prepare-send";
import { getSurvey } from "@/server/surveys/get-survey";
import { listTeams } from "@/server/teams/teams";
import { SendForm } from "./send-client";

export const metadata: Metadata = { title: "Send by email" };

async function load(orgId: string, id: string) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    const [survey, teams] = await Promise.all([getSurvey(db, { orgId, surveyId: parsed.data }), listTeams(db, { orgId })]);
    return { survey, teams: flattenTree(buildTeamTree(teams)).map((t) => ({ id: t.id, name: t.name, depth: t.depth })) };
  } catch (error) {
    // Another organization's survey is a 404, exactly like a missing one.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** Why this survey can't be sent from here, or null. */
function blocker(survey: { audience: string; status: string }, teamCount: number) {
  if (survey.audience !== "CUSTOMER") return <Alert tone="info">{EMPLOYEE_MESSAGE}</Alert>;
  if (survey.status !== "ACTIVE") return <Alert tone="info">{NOT_ACTIVE_MESSAGE}</Alert>;
  if (!isMailConfigured()) return <Alert tone="error">{NOT_CONFIGURED_MESSAGE} (see the README, “Email”).</Alert>;
  if (teamCount === 0) {
    return (
      <Alert tone="info">
        Every response counts for a team. <Link className="font-medium underline" href="/settings/teams">Create your teams</Link> first.
      </Alert>
    );
  }
  return null;
}

/** Personal, single-use links by email: paste or upload the recipients, check the list, send. */
export default async function SendSurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("surveys:manage");
  const { survey, teams } = await load(member.orgId, (await params).id);
  const blocked = blocker(survey, teams.length);
  return (
    <>
      <PageHeader
        title="Send by email"
        description={
          <>
            <span className="font-medium text-slate-800">{survey.title}</span>: each person gets their own link, which works once. The email carries
            the first question as score buttons: one click answers it and opens the rest of the survey.
          </>
        }
        actions={
          <Link href={`/surveys/${survey.id}`} className={buttonClass("secondary")}>
            Back to the survey
          </Link>
        }
      />
      {blocked ?? (
        <Card title="Recipients" description={`Up to ${MAX_RECIPIENTS.toLocaleString("en")} people per send. Repeated addresses get one email.`}>
          <SendForm surveyId={survey.id} teams={teams} />
        </Card>
      )}
    </>
  );
}
