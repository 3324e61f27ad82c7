import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { Metric } from "@/lib/schemas/survey";
import { bandsFor, MAX_SEARCH_LENGTH, SCORE_BANDS, type ResponseFilters } from "@/server/responses-view/view-filters";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

type Team = { id: string; name: string; depth: number };

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-40 flex-1 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

/**
 * A plain GET form: the filters live in the URL, so a filtered view can be bookmarked, shared
 * and exported as it stands, and works without JavaScript. Employee surveys offer the team
 * only: narrower groups would fall below the anonymity threshold.
 */
export function FiltersForm({ action, metric, teams, filters, teamOnly }: { action: string; metric: Metric; teams: Team[]; filters: ResponseFilters; teamOnly: boolean }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter responses" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <Field id="filter-team" label="Team">
        <select id="filter-team" name="team" defaultValue={filters.team ?? ""} className={control}>
          <option value="">{teamOnly ? "Every team I can see" : "All teams"}</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}
            </option>
          ))}
        </select>
      </Field>
      {teamOnly ? null : (
        <>
          <Field id="filter-band" label="Score">
            <select id="filter-band" name="band" defaultValue={filters.band ?? ""} className={control}>
              <option value="">Every score</option>
              {bandsFor(metric).map((band) => (
                <option key={band} value={band}>
                  {SCORE_BANDS[band].label}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-from" label="From">
            <input id="filter-from" type="date" name="from" defaultValue={filters.from ?? ""} className={control} />
          </Field>
          <Field id="filter-to" label="To">
            <input id="filter-to" type="date" name="to" defaultValue={filters.to ?? ""} className={control} />
          </Field>
          <Field id="filter-q" label="Comment contains">
            <input id="filter-q" type="search" name="q" defaultValue={filters.q ?? ""} maxLength={MAX_SEARCH_LENGTH} className={control} />
          </Field>
        </>
      )}
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply filters
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
