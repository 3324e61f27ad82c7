/** The rows follow-up lists and pages read, and their mapping to the API's shapes. */
import type { FollowUpSummary } from "@/lib/schemas/follow-up";
import { elapsedMs } from "@/core/follow-ups/durations";

export const SUMMARY_SELECT = {
  id: true,
  status: true,
  teamId: true,
  ownerId: true,
  outcome: true,
  responseId: true,
  createdAt: true,
  firstActionAt: true,
  closedAt: true,
  team: { select: { name: true } },
  response: { select: { score: true, comment: true, surveyId: true, survey: { select: { title: true, metric: true } } } },
} as const;

export type SummaryRow = {
  id: string;
  status: FollowUpSummary["status"];
  teamId: string;
  ownerId: string | null;
  outcome: string | null;
  responseId: string;
  createdAt: Date;
  firstActionAt: Date | null;
  closedAt: Date | null;
  team: { name: string };
  response: { score: number | null; comment: string | null; surveyId: string; survey: { title: string; metric: string } };
};

const seconds = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

export function toSummary(row: SummaryRow, ownerNames: Map<string, string>): FollowUpSummary {
  return {
    id: row.id,
    status: row.status,
    teamId: row.teamId,
    teamName: row.team.name,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (ownerNames.get(row.ownerId) ?? null) : null,
    // Only NPS and CSAT surveys open cases (src/core/follow-ups/rules.ts).
    metric: row.response.survey.metric === "CSAT" ? "CSAT" : "NPS",
    score: row.response.score,
    comment: row.response.comment,
    outcome: row.outcome,
    responseId: row.responseId,
    surveyId: row.response.surveyId,
    surveyTitle: row.response.survey.title,
    createdAt: row.createdAt.toISOString(),
    firstActionAt: row.firstActionAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    timeToFirstActionSeconds: seconds(elapsedMs(row.createdAt, row.firstActionAt)),
    timeToCloseSeconds: seconds(elapsedMs(row.createdAt, row.closedAt)),
  };
}
