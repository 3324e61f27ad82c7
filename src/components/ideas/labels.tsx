import type { IdeaStatusValue } from "@/core/ideas/transitions";
import { IDEA_STATUS_LABELS, type IdeaPromptValue, type IdeaSort } from "@/lib/schemas/idea";

export { IDEA_STATUS_LABELS };

export const PROMPT_SHORT: Readonly<Record<IdeaPromptValue, string>> = {
  EASIER_LIVES: "Easier lives",
  MAGIC_WAND: "Magic wand",
  FREE: "Free idea",
};

export const SORT_LABELS: Readonly<Record<IdeaSort, string>> = { votes: "Most votes", newest: "Newest", trending: "Trending" };

const STATUS_TONES: Readonly<Record<IdeaStatusValue, string>> = {
  NEW: "bg-slate-100 text-slate-700 ring-slate-300",
  UNDER_REVIEW: "bg-amber-50 text-amber-800 ring-amber-200",
  PLANNED: "bg-brand-50 text-brand-700 ring-brand-100",
  IN_PROGRESS: "bg-violet-50 text-violet-800 ring-violet-200",
  DONE: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  DECLINED: "bg-red-50 text-red-800 ring-red-200",
};

export function IdeaStatusBadge({ status }: { status: IdeaStatusValue }) {
  return (
    <span data-testid="idea-status" className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STATUS_TONES[status]}`}>
      {IDEA_STATUS_LABELS[status]}
    </span>
  );
}

export function Chip({ children }: { children: React.ReactNode }) {
  return <span className="inline-flex items-center rounded-full bg-slate-50 px-2 py-0.5 text-xs text-slate-700 ring-1 ring-inset ring-slate-200">{children}</span>;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
export const formatIdeaDay = (value: Date | string) => dayFormat.format(typeof value === "string" ? new Date(value) : value);
