import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getPulseSchedule } from "@/server/pulses/get-pulse-schedule";
import { utcDayString } from "@/server/pulses/periods";
import { RoundsList } from "./rounds-list";
import { ScheduleForm } from "./schedule-form";

export const metadata: Metadata = { title: "Pulse schedule" };

async function load(orgId: string, id: string) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getPulseSchedule(db, { orgId, surveyId: parsed.data });
  } catch (error) {
    // Another organization's survey is a 404, exactly like a missing one.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const STATUS_NOTE = {
  DRAFT: "This survey is a draft: the schedule is kept, and its rounds start once you activate the survey.",
  ACTIVE: null,
  CLOSED: "This survey is closed: it runs no more rounds. Past rounds stay below.",
} as const;

/** When and to whom an employee pulse goes, and how many took part in each round. */
export default async function PulseSchedulePage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("surveys:manage");
  const page = await load(member.orgId, (await params).id);
  // Customer surveys reach people through links, not an in-app schedule.
  if (page.survey.audience !== "EMPLOYEE") notFound();
  const teams = flattenTree(buildTeamTree(page.teams));
  const note = STATUS_NOTE[page.survey.status];
  return (
    <>
      <PageHeader
        title="Pulse schedule"
        description={
          <>
            <span className="font-medium text-slate-800">{page.survey.title}</span>: sent to the teams you choose, in each member&apos;s inbox, with one
            reminder two days before a round closes. Answers are anonymous: who took part is recorded apart from what they answered.
          </>
        }
        actions={
          <Link href={`/surveys/${page.survey.id}`} className={buttonClass("secondary")}>
            Back to the survey
          </Link>
        }
      />
      <div className="space-y-6">
        {note ? <Alert tone="info">{note}</Alert> : null}
        <ScheduleForm
          surveyId={page.survey.id}
          schedule={{ ...page.schedule, startsOn: page.schedule.startsOn ? utcDayString(page.schedule.startsOn) : null }}
          teams={teams.map(({ id, name, depth }) => ({ id, name, depth }))}
          today={utcDayString(new Date())}
          disabled={page.survey.status === "CLOSED"}
        />
        <RoundsList k={page.k} teamNames={new Map(page.teams.map((t) => [t.id, t.name]))} rounds={page.rounds} />
      </div>
    </>
  );
}
