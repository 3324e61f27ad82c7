import Link from "next/link";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getOrgOverview } from "@/server/orgs/get-overview";

const number = new Intl.NumberFormat("en");

function Stat({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">{number.format(value)}</dd>
      {detail ? <dd className="mt-0.5 text-xs text-slate-500">{detail}</dd> : null}
    </div>
  );
}

export default async function OverviewPage() {
  const member = await requireMember("org:read");
  const overview = await getOrgOverview(db, { orgId: member.orgId });
  const isAdmin = can(member.role, "org:update");
  const steps = [
    { done: overview.teams > 0, label: "Build your team tree", href: "/settings/teams", show: can(member.role, "teams:manage") },
    { done: overview.members > 1, label: "Invite your colleagues", href: "/settings/members", show: can(member.role, "members:manage") },
    { done: overview.apiKeys > 0, label: "Create an API key to send responses from your systems", href: "/settings/api-keys", show: can(member.role, "apikeys:manage") },
    { done: overview.hasCxMission, label: "Set your anonymity threshold and CX mission", href: "/settings", show: isAdmin },
  ].filter((s) => s.show);
  return (
    <>
      <PageHeader title={`Welcome, ${member.name.split(" ")[0]}`} description={`${member.orgName} at a glance: customers and employees, heard in one place.`} />
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Stat label="Teams" value={overview.teams} />
        <Stat label="Members" value={overview.members} />
        <Stat label="Customer responses" value={overview.customerResponses30d} detail="last 30 days" />
        <Stat label="Surveys" value={overview.surveys.customer + overview.surveys.employee} detail={`${overview.surveys.customer} customer · ${overview.surveys.employee} employee`} />
        <Stat label="Journeys" value={overview.journeys} />
        <Stat label="Ideas in progress" value={overview.ideas.open} detail={`${overview.ideas.total} submitted in all`} />
        <Stat label="Open follow-ups" value={overview.openFollowUps} detail="detractors waiting for a reply" />
      </dl>
      {steps.length ? (
        <div className="mt-6">
          <Card title="Getting started">
            <ol className="space-y-2 text-sm">
              {steps.map((step) => (
                <li key={step.href} className="flex items-center gap-2">
                  <span aria-hidden className={step.done ? "text-emerald-600" : "text-slate-300"}>
                    {step.done ? "✔" : "○"}
                  </span>
                  <Link href={step.href} className="text-brand-600 hover:underline">
                    {step.label}
                  </Link>
                  {step.done ? <span className="sr-only">(done)</span> : null}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      ) : null}
    </>
  );
}
