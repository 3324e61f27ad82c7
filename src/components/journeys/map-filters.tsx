import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

type Team = { id: string; name: string; depth: number };

/** A plain GET form: the filter lives in the URL, so a filtered map can be bookmarked and printed as it stands. */
export function MapFilters({ action, teams, teamId, from, to }: { action: string; teams: Team[]; teamId: string | null; from: string; to: string }) {
  return (
    <form method="get" action={action} role="search" aria-label="Filter the map" className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 print:hidden">
      <div className="min-w-40 flex-1 space-y-1">
        <label htmlFor="map-team" className="block text-sm font-medium text-slate-800">
          Team or store
        </label>
        <select id="map-team" name="teamId" defaultValue={teamId ?? ""} className={control}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="map-from" className="block text-sm font-medium text-slate-800">
          From
        </label>
        <input id="map-from" type="date" name="from" defaultValue={from} className={control} />
      </div>
      <div className="space-y-1">
        <label htmlFor="map-to" className="block text-sm font-medium text-slate-800">
          To
        </label>
        <input id="map-to" type="date" name="to" defaultValue={to} className={control} />
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          Apply
        </button>
        <Link href={action} className={buttonClass("ghost")}>
          Last 90 days
        </Link>
      </div>
    </form>
  );
}
