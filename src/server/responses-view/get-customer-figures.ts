/**
 * The headline figure (NPS or CSAT with its n and margin of error) of the filtered set of
 * customer responses, overall and per team. The rollups can't answer this (they know nothing
 * of comments or bands), so it is one grouped query over the responses that the filters
 * select, and the maths is src/core's, through the same computeFigure as the metrics API.
 */
import { addHistograms } from "@/core";
import { AppError } from "@/lib/errors";
import type { Figure } from "@/lib/schemas/metrics";
import type { DbOrTx } from "../prisma-client";
import { computeFigure } from "../metrics/compute-figure";
import { responseConditions, type ResponseConditionsOptions } from "./response-conditions";

export type CustomerFigures = { overall: Figure; byTeam: Map<string, Figure> };

const emptyHistogram = () => new Array<number>(11).fill(0);

export async function getCustomerFigures(db: DbOrTx, options: ResponseConditionsOptions & { audience: "CUSTOMER" | "EMPLOYEE" }): Promise<CustomerFigures> {
  // Figures of employee responses go through the anonymity rules (get-employee-view.ts).
  if (options.audience !== "CUSTOMER") throw new AppError("forbidden", "Employee figures are computed with the anonymity rules");
  const rows = await db.$queryRaw<{ teamId: string; score: number; n: number }[]>`
    SELECT r."teamId", r."score", COUNT(*)::int AS "n"
    FROM "Response" r
    WHERE ${responseConditions(options)} AND r."score" IS NOT NULL
    GROUP BY r."teamId", r."score"`;
  const hists = new Map<string, number[]>();
  for (const row of rows) {
    const hist = hists.get(row.teamId) ?? emptyHistogram();
    // An off-scale score would be corrupt data; src/core refuses it rather than miscount.
    if (row.score < 0 || row.score > 10) throw new Error(`Response score ${row.score} is off every scale`);
    hist[row.score] = row.n;
    hists.set(row.teamId, hist);
  }
  const overall = [...hists.values()].reduce(addHistograms, emptyHistogram());
  const byTeam = new Map([...hists].map(([teamId, hist]) => [teamId, computeFigure(options.metric, hist)]));
  return { overall: computeFigure(options.metric, overall), byTeam };
}
