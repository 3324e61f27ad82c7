import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AUDIENCE_LABELS, METRIC_LABELS } from "@/components/surveys/survey-labels";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getEditableSurvey } from "@/server/surveys/get-editable-survey";
import { SurveyBuilder } from "./builder-client";

export const metadata: Metadata = { title: "Survey builder" };

async function loadSurvey(orgId: string, id: string) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getEditableSurvey(db, { orgId, surveyId: parsed.data });
  } catch (error) {
    // Another organization's survey is a 404, exactly like a missing one.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function SurveyBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("surveys:manage");
  const survey = await loadSurvey(member.orgId, (await params).id);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/surveys" className="text-brand-700 hover:underline">
          ← All surveys
        </Link>
      </p>
      <PageHeader
        title={survey.title}
        description={`${AUDIENCE_LABELS[survey.audience]} · ${METRIC_LABELS[survey.metric]} · ${survey.responseCount.toLocaleString("en")} ${survey.responseCount === 1 ? "response" : "responses"}`}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/surveys/${survey.id}/responses`} className={buttonClass("secondary")}>
              Responses
            </Link>
            <Link href={`/surveys/${survey.id}/links`} className={buttonClass("secondary")}>
              Links and QR posters
            </Link>
            {survey.audience === "CUSTOMER" ? (
              <Link href={`/surveys/${survey.id}/send`} className={buttonClass("secondary")}>
                Send by email
              </Link>
            ) : null}
            {survey.audience === "CUSTOMER" ? (
              <Link href={`/surveys/${survey.id}/widget`} className={buttonClass("secondary")}>
                Embed widget
              </Link>
            ) : null}
            {survey.audience === "EMPLOYEE" ? (
              <Link href={`/surveys/${survey.id}/pulse`} className={buttonClass("secondary")}>
                Pulse schedule
              </Link>
            ) : null}
          </div>
        }
      />
      <SurveyBuilder survey={survey} />
    </>
  );
}
