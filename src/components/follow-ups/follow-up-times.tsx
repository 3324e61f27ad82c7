import { formatDuration, type DurationSummary } from "@/core/follow-ups/durations";
import { Card } from "@/components/ui/card";
import type { FollowUpTimes } from "@/server/follow-ups/list-follow-ups";

function Figure({ label, summary, testId }: { label: string; summary: DurationSummary; testId: string }) {
  return (
    <div data-testid={testId} className="rounded-md bg-slate-50 p-3">
      <p className="text-xs font-medium uppercase text-slate-500">{label}</p>
      {summary.median === null || summary.p90 === null ? (
        <p className="mt-1 text-sm text-slate-600">No closed case yet</p>
      ) : (
        <dl className="mt-1 grid grid-cols-2 gap-2 text-sm">
          <div>
            <dt className="text-slate-600">Median</dt>
            <dd className="font-semibold text-slate-900">{formatDuration(summary.median)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">90th percentile</dt>
            <dd className="font-semibold text-slate-900">{formatDuration(summary.p90)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}

/** How fast the loop closes, over the closed cases of the period that match the filters. */
export function FollowUpTimesCard({ times }: { times: FollowUpTimes }) {
  return (
    <Card
      title="How fast we close the loop"
      description={`Cases closed from ${times.from} to ${times.to} (UTC) matching the team, owner and metric filters: n = ${times.closed}.`}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Figure label="Time to first action" summary={times.firstAction} testId="time-to-first-action" />
        <Figure label="Time to close" summary={times.close} testId="time-to-close" />
      </div>
      <details className="mt-3 text-sm text-slate-600">
        <summary className="cursor-pointer text-brand-700">How these are computed</summary>
        <p className="mt-1">
          Time to first action runs from the case opening (when the response arrived) to the first owner assignment, note or status change; time to
          close, to the close. The median is the middle value (the mean of the two middle ones for an even n); the 90th percentile is the time within
          which 90% of cases got there, interpolated linearly between the closest ranks.
        </p>
      </details>
    </Card>
  );
}
