import type { Audience, Metric, SurveyStatus } from "@/lib/schemas/survey";

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = { CUSTOMER: "Customers", EMPLOYEE: "Employees" };
export const METRIC_LABELS: Readonly<Record<Metric, string>> = { NPS: "NPS", CSAT: "CSAT", ENPS: "eNPS" };
export const STATUS_LABELS: Readonly<Record<SurveyStatus, string>> = { DRAFT: "Draft", ACTIVE: "Active", CLOSED: "Closed" };

const STATUS_TONES: Readonly<Record<SurveyStatus, string>> = {
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  CLOSED: "bg-amber-50 text-amber-800 ring-amber-200",
};

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  return (
    <span data-testid="survey-status" className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_TONES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
