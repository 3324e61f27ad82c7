import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { IDEA_PROMPTS, IDEA_SORTS, IDEA_STATUSES, type IdeaBoardQuery } from "@/lib/schemas/idea";
import { IDEA_STATUS_LABELS, PROMPT_SHORT, SORT_LABELS } from "./labels";

const control =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

type Team = { id: string; name: string; depth: number };
type StageGroup = { journeyId: string; journeyName: string; stages: { id: string; name: string }[] };

function Select({ id, label, name, value, children }: { id: string; label: string; name: string; value: string; children: React.ReactNode }) {
  return (
    <div className="min-w-36 flex-1 space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={control}>
        {children}
      </select>
    </div>
  );
}

/** A plain GET form: search, filters and sort live in the URL, so a view can be shared. */
export function BoardFilters({ query, teams, stageGroups }: { query: IdeaBoardQuery; teams: Team[]; stageGroups: StageGroup[] }) {
  return (
    <form method="get" action="/ideas" role="search" aria-label="Search and filter ideas" className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 flex-[2] space-y-1">
          <label htmlFor="ideas-q" className="block text-sm font-medium text-slate-800">
            Search
          </label>
          <input id="ideas-q" type="search" name="q" defaultValue={query.q ?? ""} maxLength={200} placeholder="Words in the title or text" className={control} />
        </div>
        <Select id="ideas-sort" label="Sort" name="sort" value={query.sort}>
          {IDEA_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Select id="ideas-status" label="Status" name="status" value={query.status ?? ""}>
          <option value="">Any status</option>
          {IDEA_STATUSES.map((s) => (
            <option key={s} value={s}>
              {IDEA_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
        <Select id="ideas-team" label="Team" name="teamId" value={query.teamId ?? ""}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>{`${"\u00a0\u00a0".repeat(t.depth)}${t.name}`}</option>
          ))}
        </Select>
        <Select id="ideas-stage" label="Journey stage" name="stageId" value={query.stageId ?? ""}>
          <option value="">Any stage</option>
          {stageGroups.map((g) => (
            <optgroup key={g.journeyId} label={g.journeyName}>
              {g.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <Select id="ideas-prompt" label="Prompt" name="prompt" value={query.prompt ?? ""}>
          <option value="">Any prompt</option>
          {IDEA_PROMPTS.map((p) => (
            <option key={p} value={p}>
              {PROMPT_SHORT[p]}
            </option>
          ))}
        </Select>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("primary")}>
            Apply
          </button>
          <Link href="/ideas" className={buttonClass("ghost")}>
            Clear
          </Link>
        </div>
      </div>
    </form>
  );
}
