import { Card } from "@/components/ui/card";
import { formatDay, lastDayOf } from "@/server/pulses/format-day";
import type { ScheduleRound } from "@/server/pulses/get-pulse-schedule";
import type { RoundFigures } from "@/server/pulses/participation-rates";

type Props = { k: number; teamNames: ReadonlyMap<string, string>; rounds: { next: ScheduleRound | null; open: ScheduleRound[]; past: ScheduleRound[] } };

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
const roundDates = (r: ScheduleRound) => `${formatDay(r.opensAt)} – ${formatDay(lastDayOf(r.closesAt))}`;

function Hidden({ k }: { k: number }) {
  return (
    <td colSpan={3} className="px-3 py-2 text-slate-600">
      Fewer than {k} <span className="sr-only">people: hidden to protect anonymity</span>
    </td>
  );
}

/** One round's participation: the total, then each team, with small groups hidden (never their numbers). */
function FiguresTable({ figures, k, teamNames, label }: { figures: RoundFigures; k: number; teamNames: ReadonlyMap<string, string>; label: string }) {
  const teams = [...figures.teams].sort((a, b) => (teamNames.get(a.teamId) ?? "").localeCompare(teamNames.get(b.teamId) ?? ""));
  return (
    <table className="w-full text-left text-sm" aria-label={label}>
      <thead className="text-xs uppercase tracking-wide text-slate-500">
        <tr>
          <th scope="col" className="px-3 py-2 font-medium">Team</th>
          <th scope="col" className="px-3 py-2 font-medium">Invited</th>
          <th scope="col" className="px-3 py-2 font-medium">Answered</th>
          <th scope="col" className="px-3 py-2 font-medium">Participation</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        <tr className="font-medium text-slate-900" data-testid="participation-total">
          <th scope="row" className="px-3 py-2">All teams</th>
          {figures.overall.shown ? (
            <>
              <td className="px-3 py-2 tabular-nums">{figures.overall.invited}</td>
              <td className="px-3 py-2 tabular-nums">{figures.overall.answered}</td>
              <td className="px-3 py-2 tabular-nums">{percent.format(figures.overall.rate)}</td>
            </>
          ) : (
            <Hidden k={k} />
          )}
        </tr>
        {teams.map((team) => (
          <tr key={team.teamId} data-testid="participation-team">
            <th scope="row" className="px-3 py-2 font-normal text-slate-800">{teamNames.get(team.teamId) ?? "A team since deleted"}</th>
            {team.shown ? (
              <>
                <td className="px-3 py-2 tabular-nums">{team.invited}</td>
                <td className="px-3 py-2 tabular-nums">{team.answered}</td>
                <td className="px-3 py-2 tabular-nums">{percent.format(team.rate)}</td>
              </>
            ) : (
              <Hidden k={k} />
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RoundSection({ round, title, k, teamNames }: { round: ScheduleRound; title: string; k: number; teamNames: ReadonlyMap<string, string> }) {
  return (
    <section aria-labelledby={`round-${round.id}`} data-testid="pulse-round" className="space-y-2">
      <h3 id={`round-${round.id}`} className="text-sm font-semibold text-slate-900">
        {title}: {roundDates(round)}
        {round.remindedAt ? <span className="ml-2 text-xs font-normal text-slate-500">reminder sent {formatDay(round.remindedAt)}</span> : null}
      </h3>
      <FiguresTable figures={round.figures} k={k} teamNames={teamNames} label={`Participation, ${title.toLowerCase()} ${roundDates(round)}`} />
    </section>
  );
}

export function RoundsList({ k, teamNames, rounds }: Props) {
  const empty = !rounds.next && rounds.open.length === 0 && rounds.past.length === 0;
  return (
    <Card
      title="Rounds"
      description={`Participation per team: answered out of invited. A team's rate shows only when at least ${k} were invited and at least ${k} answered, and more is hidden when the others could be worked out by subtraction.`}
    >
      <div className="space-y-6">
        {empty ? <p className="text-sm text-slate-600">No rounds yet. Rounds are created once the schedule is saved and the survey is active.</p> : null}
        {rounds.next ? (
          <p className="text-sm text-slate-700" data-testid="next-round">
            <span className="font-medium">Next round:</span> {roundDates(rounds.next)}
          </p>
        ) : null}
        {rounds.open.map((round) => (
          <RoundSection key={round.id} round={round} title="Open" k={k} teamNames={teamNames} />
        ))}
        {rounds.past.map((round) => (
          <RoundSection key={round.id} round={round} title="Closed" k={k} teamNames={teamNames} />
        ))}
      </div>
    </Card>
  );
}
