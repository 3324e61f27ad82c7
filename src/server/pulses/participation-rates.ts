/**
 * Participation rates per team for one round, under the anonymity rules (shared/DESIGN.md,
 * "Anonymity"). Pure: counts in, what may be shown out.
 *
 * A team's rate (answered / invited) is shown only when at least k were invited and at least
 * k answered. The round's total is shown next to the teams, so the per-team answered counts
 * also go through suppressRows: when the hidden teams would add up to 1..k−1 respondents
 * (total − shown teams), the next-smallest team is hidden too. Teams are the members' own
 * teams, which are disjoint, so the flat rule is the whole rule.
 */
import { suppressRows } from "@/core";

export type TeamCounts = { teamId: string; invited: number; answered: number };

export type TeamFigure = { teamId: string; shown: true; invited: number; answered: number; rate: number } | { teamId: string; shown: false };

export type RoundFigures = {
  overall: { shown: true; invited: number; answered: number; rate: number } | { shown: false };
  teams: TeamFigure[];
};

const rate = (answered: number, invited: number) => (invited === 0 ? 0 : answered / invited);

export function participationFigures({ k, teams }: { k: number; teams: readonly TeamCounts[] }): RoundFigures {
  const result = suppressRows({ k, rows: teams.map((t) => ({ id: t.teamId, n: t.answered })) });
  const shown = new Set(result.shownIds);
  const invited = teams.reduce((sum, t) => sum + t.invited, 0);
  const answered = teams.reduce((sum, t) => sum + t.answered, 0);
  return {
    // suppressRows shows the total only from k respondents; the invited total must reach k too.
    overall: result.overallShown && invited >= k ? { shown: true, invited, answered, rate: rate(answered, invited) } : { shown: false },
    teams: teams.map((t) =>
      // Hiding a team suppressRows kept only grows the hidden total by k or more: still safe.
      shown.has(t.teamId) && t.invited >= k && t.answered >= k
        ? { teamId: t.teamId, shown: true, invited: t.invited, answered: t.answered, rate: rate(t.answered, t.invited) }
        : { teamId: t.teamId, shown: false },
    ),
  };
}
