import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { defaultWindow } from "@/components/journeys/labels";
import { FigureBadge, FigureLegend } from "@/components/journeys/stage-figure";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { journeyMapQuerySchema } from "@/lib/schemas/journey";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getJourneyMap } from "@/server/journeys/get-journey-map";
import { listJourneys } from "@/server/journeys/list-journeys";

export const metadata: Metadata = { title: "Journey alignment" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const control = "block rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500";

/** The customer journey's stages in a row, each above the employee stage that serves it, both figures side by side. */
export default async function AlignPage({ searchParams }: Props) {
  const member = await requireMember("journeys:read");
  const sp = await searchParams;
  const journeys = await listJourneys(db, { orgId: member.orgId });
  const customers = journeys.filter((j) => j.kind === "CUSTOMER");
  const employees = journeys.filter((j) => j.kind === "EMPLOYEE");
  const customerId = idSchema.safeParse(first(sp.customer)).data ?? customers[0]?.id;
  const employeeId = idSchema.safeParse(first(sp.employee)).data ?? employees[0]?.id;
  const parsed = journeyMapQuerySchema.safeParse({ from: first(sp.from), to: first(sp.to) });
  const query = parsed.success ? parsed.data : defaultWindow(new Date());

  // Only the org's own customer journeys are offered; any other id is a 404.
  if (customerId && !customers.some((j) => j.id === customerId)) notFound();
  if (employeeId && !employees.some((j) => j.id === employeeId)) notFound();
  let map = null;
  if (customerId) {
    try {
      map = await getJourneyMap(db, { orgId: member.orgId, journeyId: customerId, query });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }
  }
  const employeeName = employees.find((j) => j.id === employeeId)?.name;

  return (
    <>
      <PageHeader title="Customer and employee alignment" description="Each customer stage above the employee stage that serves it, so a weak customer stage is read next to the state of the people behind it." />
      <form method="get" role="search" aria-label="Choose journeys" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 print:hidden">
        <div className="space-y-1">
          <label htmlFor="align-customer" className="block text-sm font-medium text-slate-800">
            Customer journey
          </label>
          <select id="align-customer" name="customer" defaultValue={customerId ?? ""} className={control}>
            {customers.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="align-employee" className="block text-sm font-medium text-slate-800">
            Employee journey
          </label>
          <select id="align-employee" name="employee" defaultValue={employeeId ?? ""} className={control}>
            {employees.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <input type="hidden" name="from" value={query.from} />
        <input type="hidden" name="to" value={query.to} />
        <button type="submit" className={buttonClass("primary")}>
          Show
        </button>
      </form>
      <div className="mb-4">
        <FigureLegend />
      </div>
      {!map ? (
        <p className="text-sm text-slate-600">Create a customer journey first.</p>
      ) : (
        <section aria-labelledby="align-heading">
          <h2 id="align-heading" className="mb-2 text-base font-semibold text-slate-900">
            <Link href={`/journeys/${map.journey.id}`} className="text-brand-700 hover:underline">
              {map.journey.name}
            </Link>
            {employeeName ? ` served by ${employeeName}` : ""} · {map.from} to {map.to}
          </h2>
          <div className="overflow-x-auto pb-2">
            <ol className="flex gap-3">
              {map.journey.stages.map((stage, index) => {
                const m = map.stages.find((s) => s.stageId === stage.id);
                const servedBy = m?.servedBy && m.servedBy.journeyId === employeeId ? m.servedBy : null;
                return (
                  <li key={stage.id} className="w-64 shrink-0 space-y-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200" data-testid="align-stage">
                    <h3 className="text-sm font-semibold text-slate-900">
                      {index + 1}. {stage.name}
                      {stage.isMomentThatMatters ? <span className="ml-1 text-xs font-medium text-amber-800">★ moment that matters</span> : null}
                    </h3>
                    <div className="grid grid-cols-2 gap-2">
                      <FigureBadge figure={m?.figure ?? null} label="Customer" />
                      {servedBy ? <FigureBadge figure={servedBy.figure} label={`Employee: ${servedBy.name}`} /> : <p className="text-xs text-slate-500">No serving stage in this employee journey.</p>}
                    </div>
                  </li>
                );
              })}
            </ol>
          </div>
        </section>
      )}
    </>
  );
}
