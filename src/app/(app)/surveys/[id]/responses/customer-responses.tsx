import Link from "next/link";
import { SendKudosForm } from "@/components/teams/send-kudos-form";
import { buttonClass } from "@/components/ui/button";
import { canBeKudos } from "@/core/follow-ups/rules";
import type { Metric } from "@/lib/schemas/survey";
import type { ResponseRow, ResponsesPage } from "@/server/responses-view/list-customer-responses";
import type { CustomerFigures } from "@/server/responses-view/get-customer-figures";
import { bandOf, filtersToSearch, SCORE_BANDS, type ResponseFilters } from "@/server/responses-view/view-filters";
import { FigureCard } from "./figure-card";

const BAND_TONES: Record<string, string> = {
  promoter: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  satisfied: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  passive: "bg-slate-100 text-slate-700 ring-slate-300",
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  detractor: "bg-red-50 text-red-800 ring-red-200",
  dissatisfied: "bg-red-50 text-red-800 ring-red-200",
};

function ScoreCell({ metric, score }: { metric: Metric; score: number | null }) {
  if (score === null) return <span className="text-slate-500">—</span>;
  const band = bandOf(metric, score);
  return (
    <span className="flex items-center gap-2">
      <span className="w-6 text-right font-semibold tabular-nums">{score}</span>
      {band ? (
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BAND_TONES[band]}`}>{SCORE_BANDS[band].name}</span>
      ) : null}
    </span>
  );
}

function When({ row }: { row: ResponseRow }) {
  const text = row.hasTime ? `${row.at.slice(0, 10)} ${row.at.slice(11, 16)}` : row.at.slice(0, 10);
  return <time dateTime={row.hasTime ? row.at : row.at.slice(0, 10)}>{text}</time>;
}

function Row({ metric, row, canSendKudos }: { metric: Metric; row: ResponseRow; canSendKudos: boolean }) {
  return (
    <tr className="border-t border-slate-100 align-top" data-testid="response-row">
      <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
        <When row={row} />
      </td>
      <td className="py-2 pr-3">{row.teamName}</td>
      <td className="py-2 pr-3">
        <ScoreCell metric={metric} score={row.score} />
      </td>
      <td className="py-2">
        {row.comment ? (
          <p className="whitespace-pre-line break-words" data-testid="response-comment">
            {row.comment}
          </p>
        ) : (
          <span className="text-slate-500" data-testid="response-comment">
            No comment
          </span>
        )}
        {canSendKudos && metric !== "ENPS" && canBeKudos({ audience: "CUSTOMER", metric, score: row.score, comment: row.comment }) ? <SendKudosForm responseId={row.id} teamName={row.teamName} /> : null}
        {row.answers.length > 0 ? (
          <details className="mt-1 text-slate-700">
            <summary className="cursor-pointer text-sm text-brand-700">Other answers ({row.answers.length})</summary>
            <dl className="mt-1 space-y-1">
              {row.answers.map((a, i) => (
                <div key={i}>
                  <dt className="text-xs font-medium text-slate-500">{a.prompt}</dt>
                  <dd className="whitespace-pre-line break-words">{a.value}</dd>
                </div>
              ))}
            </dl>
          </details>
        ) : null}
      </td>
    </tr>
  );
}

export type CustomerResponsesProps = {
  basePath: string;
  metric: Metric;
  filters: ResponseFilters;
  figures: CustomerFigures;
  page: ResponsesPage;
  /** Promoters' comments get "Send as kudos" (src/server/kudos/send-kudos.ts checks it again). */
  canSendKudos?: boolean;
};

/** The figure of the filtered set on top, then its responses, 50 to a page, newest first. */
export function CustomerResponses({ basePath, metric, filters, figures, page, canSendKudos = false }: CustomerResponsesProps) {
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="space-y-4">
      <FigureCard metric={metric} figure={figures.overall} title={filtered ? "The responses matching these filters" : "All responses"} />
      <section aria-labelledby="responses-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h2 id="responses-heading" className="mb-3 text-base font-semibold text-slate-900">
          Responses
        </h2>
        {page.rows.length === 0 ? (
          <p className="text-sm text-slate-600">{filtered ? "No response matches these filters." : "No responses yet."}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Responses, newest first</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="py-2 pr-3">When (UTC)</th>
                  <th scope="col" className="py-2 pr-3">Team</th>
                  <th scope="col" className="py-2 pr-3">Score</th>
                  <th scope="col" className="py-2">Comment</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <Row key={row.id} metric={metric} row={row} canSendKudos={canSendKudos} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <nav aria-label="Pages of responses" className="mt-4 flex justify-between gap-3">
          {page.newerCursor ? (
            <Link className={buttonClass("secondary")} href={`${basePath}${filtersToSearch(filters, { before: page.newerCursor })}`}>
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          {page.olderCursor ? (
            <Link className={buttonClass("secondary")} href={`${basePath}${filtersToSearch(filters, { after: page.olderCursor })}`}>
              Older →
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
