/**
 * The dashboard's filters as a plain GET form: the view lives in the URL, so it can be shared,
 * bookmarked and restored by reloading (and works before any script has loaded).
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { CUSTOM_DAYS, DASHBOARD_DEFAULTS, PERIOD_LABELS, PERIOD_PRESETS, type DashboardFilters } from "@/lib/schemas/dashboard";
import type { MetricName } from "@/lib/schemas/metrics";
import type { SurveyOption } from "@/server/dashboard/load-dashboard";
import { METRIC_LABELS } from "./format";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

const SURVEY_PARAM = { NPS: "npsSurvey", CSAT: "csatSurvey", ENPS: "enpsSurvey" } as const;

type Props = {
  filters: DashboardFilters;
  window: { from: string; to: string };
  teams: { id: string; name: string; depth: number }[];
  /** Label of the empty team choice: the organization, or the viewer's own team. */
  allTeamsLabel: string;
  metrics: readonly MetricName[];
  surveys: Record<MetricName, SurveyOption[]>;
};

function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FiltersForm({ filters, window, teams, allTeamsLabel, metrics, surveys }: Props) {
  return (
    <form method="get" action="/dashboard" role="search" aria-label="Dashboard filters" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="dashboard-filters">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="f-period" label="Period">
          <select id="f-period" name="period" defaultValue={filters.period} className={control}>
            {PERIOD_PRESETS.map((p) => (
              <option key={p} value={p}>
                {PERIOD_LABELS[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-from" label="From (custom dates)">
          <input id="f-from" type="date" name="from" min={CUSTOM_DAYS.min} max={CUSTOM_DAYS.max} defaultValue={filters.period === "custom" ? window.from : ""} className={control} />
        </Field>
        <Field id="f-to" label="To (custom dates)">
          <input id="f-to" type="date" name="to" min={CUSTOM_DAYS.min} max={CUSTOM_DAYS.max} defaultValue={filters.period === "custom" ? window.to : ""} className={control} />
        </Field>
        <Field id="f-team" label="Team">
          <select id="f-team" name="teamId" defaultValue={filters.teamId ?? ""} className={control}>
            <option value="">{allTeamsLabel}</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
            ))}
          </select>
        </Field>
        {metrics.map((metric) => (
          <Field key={metric} id={`f-${metric}`} label={`${METRIC_LABELS[metric]} survey`}>
            <select id={`f-${metric}`} name={SURVEY_PARAM[metric]} defaultValue={filters[SURVEY_PARAM[metric]] ?? ""} className={control}>
              <option value="">All {METRIC_LABELS[metric]} surveys</option>
              {surveys[metric].map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </Field>
        ))}
        <Field id="f-unit" label="Trends by">
          <select id="f-unit" name="unit" defaultValue={filters.unit} className={control}>
            <option value="month">Month</option>
            <option value="week">Week</option>
          </select>
        </Field>
      </div>
      {/* The scatter's and the strip's own choices travel with the form. */}
      {filters.cx !== DASHBOARD_DEFAULTS.cx ? <input type="hidden" name="cx" value={filters.cx} /> : null}
      {filters.lag !== DASHBOARD_DEFAULTS.lag ? <input type="hidden" name="lag" value={String(filters.lag)} /> : null}
      {filters.lagPeriod !== DASHBOARD_DEFAULTS.lagPeriod ? <input type="hidden" name="lagPeriod" value={filters.lagPeriod} /> : null}
      {filters.journeyId ? <input type="hidden" name="journeyId" value={filters.journeyId} /> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply
        </button>
        <Link href="/dashboard" className={buttonClass("ghost")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
