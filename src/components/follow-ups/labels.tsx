/** Small shared pieces of the follow-up screens: status and score badges, wording. */
import type { FollowUpStatusName } from "@/lib/schemas/follow-up";

export const STATUS_LABELS: Record<FollowUpStatusName, string> = { OPEN: "Open", IN_PROGRESS: "In progress", CLOSED: "Closed" };

const STATUS_TONES: Record<FollowUpStatusName, string> = {
  OPEN: "bg-amber-50 text-amber-800 ring-amber-200",
  IN_PROGRESS: "bg-brand-50 text-brand-700 ring-brand-100",
  CLOSED: "bg-emerald-50 text-emerald-800 ring-emerald-200",
};

const badge = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

export function StatusBadge({ status }: { status: FollowUpStatusName }) {
  return <span className={`${badge} ${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** The customer's score with its band in words (DESIGN.md: NPS 0–6 detractor, 9–10 promoter; CSAT 1–2, 4–5). */
export function ScoreBadge({ metric, score }: { metric: "NPS" | "CSAT"; score: number | null }) {
  if (score === null) return <span className={`${badge} bg-slate-100 text-slate-700 ring-slate-300`}>{metric} —</span>;
  const [band, tone] =
    metric === "NPS"
      ? score <= 6
        ? ["detractor", "bg-red-50 text-red-800 ring-red-200"]
        : score <= 8
          ? ["passive", "bg-slate-100 text-slate-700 ring-slate-300"]
          : ["promoter", "bg-emerald-50 text-emerald-800 ring-emerald-200"]
      : score <= 2
        ? ["dissatisfied", "bg-red-50 text-red-800 ring-red-200"]
        : score === 3
          ? ["neutral", "bg-slate-100 text-slate-700 ring-slate-300"]
          : ["satisfied", "bg-emerald-50 text-emerald-800 ring-emerald-200"];
  return (
    <span className={`${badge} ${tone}`} title={`${metric} ${score} of ${metric === "NPS" ? 10 : 5}: ${band}`}>
      <span className="tabular-nums">
        {metric} {score}
      </span>
      <span className="sr-only">, {band}</span>
    </span>
  );
}

export function excerpt(text: string | null, max = 160): string {
  if (!text) return "";
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" });

export function formatInstant(iso: string | Date): string {
  return dateTime.format(typeof iso === "string" ? new Date(iso) : iso);
}
