/**
 * What the schedule page shows: the schedule, the teams to choose from, and the recent, open
 * and next rounds with their participation rates, already suppressed (./participation-rates.ts).
 * Only counts leave this module; who was invited or took part never does.
 */
import { notFound } from "@/lib/errors";
import type { TeamDto } from "@/lib/schemas/team";
import type { DbOrTx } from "../prisma-client";
import { listTeams } from "../teams/teams";
import type { Cadence } from "./periods";
import { participationFigures, type RoundFigures } from "./participation-rates";

/** Closed rounds shown, newest first. */
export const PAST_ROUNDS_SHOWN = 6;

export type ScheduleRound = {
  id: string;
  status: "SCHEDULED" | "OPEN" | "CLOSED";
  opensAt: Date;
  closesAt: Date;
  remindedAt: Date | null;
  figures: RoundFigures;
};

export type PulseSchedulePage = {
  survey: { id: string; title: string; status: "DRAFT" | "ACTIVE" | "CLOSED"; audience: "CUSTOMER" | "EMPLOYEE" };
  schedule: { cadence: Cadence | null; roundDays: number; startsOn: Date | null; teamIds: string[] };
  teams: TeamDto[];
  k: number;
  rounds: { next: ScheduleRound | null; open: ScheduleRound[]; past: ScheduleRound[] };
};

export async function getPulseSchedule(db: DbOrTx, { orgId, surveyId }: { orgId: string; surveyId: string }): Promise<PulseSchedulePage> {
  const survey = await db.survey.findFirst({
    where: { id: surveyId, orgId },
    select: {
      id: true,
      title: true,
      status: true,
      audience: true,
      cadence: true,
      pulseRoundDays: true,
      pulseStartsOn: true,
      pulseTeams: { where: { orgId }, select: { teamId: true } },
      org: { select: { anonymityThreshold: true } },
    },
  });
  if (!survey) throw notFound("Survey");
  const k = survey.org.anonymityThreshold;
  const roundSelect = { id: true, status: true, opensAt: true, closesAt: true, remindedAt: true } as const;
  const [teams, next, open, past] = await Promise.all([
    listTeams(db, { orgId }),
    db.pulseRound.findFirst({ where: { orgId, surveyId, status: "SCHEDULED" }, orderBy: { opensAt: "asc" }, select: roundSelect }),
    db.pulseRound.findMany({ where: { orgId, surveyId, status: "OPEN" }, orderBy: { opensAt: "asc" }, select: roundSelect }),
    db.pulseRound.findMany({ where: { orgId, surveyId, status: "CLOSED" }, orderBy: { opensAt: "desc" }, take: PAST_ROUNDS_SHOWN, select: roundSelect }),
  ]);
  const counted = await countParticipation(db, { orgId, roundIds: [...open, ...past].map((r) => r.id) });
  const withFigures = (round: Omit<ScheduleRound, "figures">): ScheduleRound => ({ ...round, figures: participationFigures({ k, teams: counted.get(round.id) ?? [] }) });
  return {
    survey: { id: survey.id, title: survey.title, status: survey.status, audience: survey.audience },
    schedule: { cadence: survey.cadence, roundDays: survey.pulseRoundDays, startsOn: survey.pulseStartsOn, teamIds: survey.pulseTeams.map((t) => t.teamId) },
    teams,
    k,
    rounds: { next: next ? withFigures(next) : null, open: open.map(withFigures), past: past.map(withFigures) },
  };
}

type TeamCountsByRound = Map<string, { teamId: string; invited: number; answered: number }[]>;

/** Per round and team: how many were invited, how many took part. */
export async function countParticipation(db: DbOrTx, { orgId, roundIds }: { orgId: string; roundIds: string[] }): Promise<TeamCountsByRound> {
  if (roundIds.length === 0) return new Map();
  const [invited, answered] = await Promise.all([
    db.pulseInvite.groupBy({ by: ["roundId", "teamId"], where: { orgId, roundId: { in: roundIds } }, _count: { _all: true } }),
    db.participation.groupBy({ by: ["roundId", "teamId"], where: { orgId, roundId: { in: roundIds } }, _count: { _all: true } }),
  ]);
  const cells = new Map<string, { roundId: string; teamId: string; invited: number; answered: number }>();
  const cell = (roundId: string, teamId: string) => {
    const key = `${roundId}\u0000${teamId}`;
    let found = cells.get(key);
    if (!found) cells.set(key, (found = { roundId, teamId, invited: 0, answered: 0 }));
    return found;
  };
  for (const row of invited) cell(row.roundId, row.teamId).invited += row._count._all;
  for (const row of answered) if (row.roundId && row.teamId) cell(row.roundId, row.teamId).answered += row._count._all;
  const byRound: TeamCountsByRound = new Map();
  for (const { roundId, ...counts } of cells.values()) byRound.set(roundId, [...(byRound.get(roundId) ?? []), counts]);
  return byRound;
}
