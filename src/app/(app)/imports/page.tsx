import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listSurveySummaries } from "@/server/surveys/list-surveys";
import { ImportClient } from "./import-client";

export const metadata: Metadata = { title: "Import responses" };

/** CSV import of historical responses (responses:import): map, check every row, then store all or none. */
export default async function ImportPage() {
  const member = await requireMember("responses:import");
  const surveys = await listSurveySummaries(db, { orgId: member.orgId });
  return (
    <>
      <PageHeader
        title="Import responses"
        description="Bring in responses collected elsewhere from a CSV file: one row per response, with its survey, team, score, date and, if you have it, a comment. Rows are checked exactly as the API checks them; employee responses keep the day only and no identity."
      />
      <ImportClient surveys={surveys.map((s) => ({ id: s.id, title: s.title, audience: s.audience, metric: s.metric }))} />
    </>
  );
}
