import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AUDIENCE_LABELS, METRIC_LABELS, SurveyStatusBadge } from "@/components/surveys/survey-labels";
import { can } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listSurveySummaries } from "@/server/surveys/list-surveys";

export const metadata: Metadata = { title: "Surveys" };

const newSurveyLink = (
  <Link href="/surveys/new" className={buttonClass("primary")}>
    New survey
  </Link>
);

export default async function SurveysPage() {
  // Managers read responses of their subtree here; only the roles that run surveys edit them.
  const member = await requireMember("responses:read");
  const canManage = can(member.role, "surveys:manage");
  const surveys = await listSurveySummaries(db, { orgId: member.orgId });
  const surveyHref = (id: string) => (canManage ? `/surveys/${id}` : `/surveys/${id}/responses`);
  return (
    <>
      <PageHeader title="Surveys" description="Customer NPS and CSAT surveys and employee pulses, from draft to closed." actions={canManage ? newSurveyLink : undefined} />
      {surveys.length === 0 ? (
        <Card title="No surveys yet">
          <p className="text-sm text-slate-600">Start from a template (customer NPS, post-support CSAT, an employee eNPS pulse, the frontline voice about customers) or from a blank survey. It stays a draft until you activate it.</p>
          {canManage ? <div className="mt-4">{newSurveyLink}</div> : null}
        </Card>
      ) : (
        <Card title={`All surveys (${surveys.length})`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">Title</th>
                  <th scope="col" className="py-2 pr-3">Audience</th>
                  <th scope="col" className="py-2 pr-3">Metric</th>
                  <th scope="col" className="py-2 pr-3">Status</th>
                  {canManage ? <th scope="col" className="py-2 pr-3 text-right">Responses</th> : null}
                  <th scope="col" className="py-2">Created</th>
                </tr>
              </thead>
              <tbody>
                {surveys.map((s) => (
                  <tr key={s.id} className="border-t border-slate-100">
                    <td className="py-2 pr-3">
                      <Link href={surveyHref(s.id)} className="font-medium text-brand-700 hover:underline">
                        {s.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{AUDIENCE_LABELS[s.audience]}</td>
                    <td className="py-2 pr-3">{METRIC_LABELS[s.metric]}</td>
                    <td className="py-2 pr-3">
                      <SurveyStatusBadge status={s.status} />
                    </td>
                    {/* Org-wide counts are for those who run surveys, not for a manager's subtree. */}
                    {canManage ? <td className="py-2 pr-3 text-right tabular-nums">{s.responseCount.toLocaleString("en")}</td> : null}
                    <td className="py-2 whitespace-nowrap">
                      <time dateTime={s.createdAt}>{s.createdAt.slice(0, 10)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}
