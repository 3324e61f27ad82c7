import type { Metadata } from "next";
import Link from "next/link";
import { KIND_LABELS } from "@/components/journeys/labels";
import { NewJourneyForm } from "@/components/journeys/new-journey-form";
import { Card, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/roles";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listJourneys } from "@/server/journeys/list-journeys";

export const metadata: Metadata = { title: "Journeys" };

export default async function JourneysPage() {
  const member = await requireMember("journeys:read");
  const canManage = can(member.role, "journeys:manage");
  const journeys = await listJourneys(db, { orgId: member.orgId });
  const customer = journeys.find((j) => j.kind === "CUSTOMER");
  const employee = journeys.find((j) => j.kind === "EMPLOYEE");
  return (
    <>
      <PageHeader
        title="Journeys"
        description="Customer and employee journey maps, stage by stage, with the live score of each stage and the employee stage that serves it."
        actions={
          customer && employee ? (
            <Link href={`/journeys/align?customer=${customer.id}&employee=${employee.id}`} className="text-sm font-medium text-brand-700 hover:underline">
              Align customer and employee journeys
            </Link>
          ) : undefined
        }
      />
      <div className={canManage ? "grid gap-6 lg:grid-cols-[1fr_22rem]" : ""}>
        <Card title={`All journeys (${journeys.length})`}>
          {journeys.length === 0 ? (
            <p className="text-sm text-slate-600">No journeys yet.{canManage ? " Start one from a template." : ""}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Name</th>
                    <th scope="col" className="py-2 pr-3">Kind</th>
                    <th scope="col" className="py-2 pr-3">Persona</th>
                    <th scope="col" className="py-2 text-right">Stages</th>
                  </tr>
                </thead>
                <tbody>
                  {journeys.map((j) => (
                    <tr key={j.id} className="border-t border-slate-100">
                      <td className="py-2 pr-3">
                        <Link href={`/journeys/${j.id}`} className="font-medium text-brand-700 hover:underline">
                          {j.name}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{KIND_LABELS[j.kind]}</td>
                      <td className="py-2 pr-3 text-slate-600">{j.persona ?? "—"}</td>
                      <td className="py-2 text-right tabular-nums">{j.stageCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        {canManage ? (
          <Card title="New journey">
            <NewJourneyForm />
          </Card>
        ) : null}
      </div>
    </>
  );
}
