import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { EmployeeView } from "@/server/responses-view/get-employee-view";
import type { ItemFigure } from "@/server/responses-view/load-rating-items";
import { MAX_SHOWN_COMMENTS } from "@/server/responses-view/load-employee-comments";
import { FigureCard } from "./figure-card";
import { formatCount, formatMargin, formatScore } from "./format-figure";

const fewer = (k: number) => `Fewer than ${k} respondents`;

function Suppressed({ k }: { k: number }) {
  return <span className="text-slate-500">{fewer(k)}</span>;
}

function ItemValue({ figure, scaleMax, k }: { figure: ItemFigure | null; scaleMax: number | null; k: number }) {
  if (!figure) return <Suppressed k={k} />;
  return (
    <span className="tabular-nums">
      {figure.mean.toFixed(2)} of {scaleMax ?? "?"} <span className="text-slate-500">(n = {formatCount(figure.n)})</span>
    </span>
  );
}

/**
 * An employee survey: figures and comments of groups of at least k people only, never an
 * individual answer (shared/DESIGN.md, "Anonymity"). A group that may not be shown gets one
 * sentence and nothing else.
 */
export function EmployeeResponses({ view }: { view: EmployeeView }) {
  if (view.state === "no-team") return <Alert tone="info">You don’t manage a team yet, so there is nothing to show. An admin can set your team.</Alert>;
  if (view.state === "no-responses") return <Alert tone="info">No responses yet.</Alert>;
  if (view.state === "suppressed") {
    return (
      <Card title="Not shown">
        <p className="text-sm text-slate-700" data-testid="suppressed-group">
          {fewer(view.k)}: this group is too small to show without risking someone’s anonymity, or showing it would let the rest of the organization’s
          figures be worked out for fewer than {view.k} people.
        </p>
      </Card>
    );
  }
  const { k, teams, items, comments, commentCount } = view;
  return (
    <div className="space-y-4">
      <FigureCard metric="ENPS" figure={view.overall} title="The group in view" note={`Answers from ${view.from} to ${view.to}.`} />
      <Card title="By team" description={`A figure is shown only for at least ${k} people, and no shown figures may be subtracted to reveal a smaller group.`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-3">Team</th>
                <th scope="col" className="py-2 pr-3">eNPS</th>
                <th scope="col" className="py-2 pr-3">n</th>
                <th scope="col" className="py-2">Margin of error</th>
              </tr>
            </thead>
            <tbody>
              {teams.map((t) => (
                <tr key={t.teamId} className="border-t border-slate-100" data-testid="team-figure">
                  <th scope="row" className="py-2 pr-3 font-normal" style={{ paddingLeft: `${t.depth * 1.25}rem` }}>
                    {t.name}
                  </th>
                  {t.figure ? (
                    <>
                      <td className="py-2 pr-3 font-semibold tabular-nums">{formatScore("ENPS", t.figure.score)}</td>
                      <td className="py-2 pr-3 tabular-nums">{formatCount(t.figure.n)}</td>
                      <td className="py-2 tabular-nums">{formatMargin(t.figure)}</td>
                    </>
                  ) : (
                    <td colSpan={3} className="py-2">
                      <Suppressed k={k} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {items.length > 0 ? (
        <Card title="Rating questions" description="Average answer, for groups of at least k people who answered the question.">
          <ul className="space-y-3">
            {items.map((item) => (
              <li key={item.questionId} className="text-sm">
                <p className="font-medium text-slate-900">
                  {item.prompt}
                  {item.archived ? <span className="font-normal text-slate-500"> (earlier version)</span> : null}
                </p>
                <p>
                  Overall: <ItemValue figure={item.overall} scaleMax={item.scaleMax} k={k} />
                </p>
                <details>
                  <summary className="cursor-pointer text-brand-700">By team</summary>
                  <ul className="mt-1 space-y-0.5">
                    {teams.map((t) => (
                      <li key={t.teamId}>
                        {t.name}: <ItemValue figure={item.teams[t.teamId] ?? null} scaleMax={item.scaleMax} k={k} />
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card
        title={`Comments (${formatCount(commentCount)})`}
        description={`In a random order that changes each time, without dates or teams${commentCount > MAX_SHOWN_COMMENTS ? `; ${MAX_SHOWN_COMMENTS} picked at random` : ""}.`}
      >
        {comments.length === 0 ? (
          <p className="text-sm text-slate-600">No comments.</p>
        ) : (
          <ul className="space-y-2" data-testid="employee-comments">
            {comments.map((comment, i) => (
              <li key={i} className="whitespace-pre-line break-words rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
                {comment}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
