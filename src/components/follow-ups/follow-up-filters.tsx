import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { FollowUpSearch } from "@/server/follow-ups/read-follow-up-search";
import { STATUS_LABELS } from "./labels";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

function Field({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A plain GET form: the filtered view lives in the URL and works without JavaScript. */
export function FollowUpFilters({ search, teams }: { search: FollowUpSearch; teams: { id: string; name: string; depth: number }[] }) {
  const { filters, period } = search;
  return (
    <form method="get" action="/follow-ups" aria-label="Filter follow-ups" className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3 lg:grid-cols-7 lg:items-end">
      <Field id="f-status" label="Status">
        <select id="f-status" name="status" defaultValue={filters.status} className={control}>
          <option value="open">Not closed</option>
          <option value="OPEN">{STATUS_LABELS.OPEN}</option>
          <option value="IN_PROGRESS">{STATUS_LABELS.IN_PROGRESS}</option>
          <option value="CLOSED">{STATUS_LABELS.CLOSED}</option>
          <option value="all">All</option>
        </select>
      </Field>
      <Field id="f-team" label="Team">
        <select id="f-team" name="team" defaultValue={filters.teamId ?? ""} className={control}>
          <option value="">All my teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {`${"\u2003".repeat(t.depth)}${t.name}`}
            </option>
          ))}
        </select>
      </Field>
      <Field id="f-owner" label="Owner">
        <select id="f-owner" name="owner" defaultValue={search.ownerParam ?? ""} className={control}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="unassigned">Nobody yet</option>
        </select>
      </Field>
      <Field id="f-metric" label="Metric">
        <select id="f-metric" name="metric" defaultValue={filters.metric ?? ""} className={control}>
          <option value="">NPS and CSAT</option>
          <option value="NPS">NPS</option>
          <option value="CSAT">CSAT</option>
        </select>
      </Field>
      <Field id="f-from" label="Closed from">
        <input id="f-from" type="date" name="from" defaultValue={period.from} className={control} />
      </Field>
      <Field id="f-to" label="Closed to">
        <input id="f-to" type="date" name="to" defaultValue={period.to} className={control} />
      </Field>
      <div className="col-span-2 flex items-center gap-3 sm:col-span-3 lg:col-span-1">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        <Link href="/follow-ups" className="text-sm text-brand-700 hover:underline">
          Reset
        </Link>
      </div>
    </form>
  );
}
