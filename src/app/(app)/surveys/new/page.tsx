import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/card";
import { SURVEY_TEMPLATES } from "@/lib/survey-templates";
import { requireMember } from "@/server/auth/session";
import { NewSurveyForm, type TemplateCard } from "./new-survey-client";

export const metadata: Metadata = { title: "New survey" };

export default async function NewSurveyPage() {
  const member = await requireMember("surveys:manage");
  // Only plain data crosses to the browser: the templates' questions, worded for this organization.
  const templates: TemplateCard[] = SURVEY_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name,
    summary: t.summary,
    audience: t.audience,
    metric: t.metric,
    defaultTitle: t.defaultTitle,
    prompts: t.questions(member.orgName).map((q) => q.prompt),
  }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/surveys" className="text-brand-700 hover:underline">
          ← All surveys
        </Link>
      </p>
      <PageHeader title="New survey" description="Pick a starting point. The survey is created as a draft: change anything in the builder before you activate it." />
      <NewSurveyForm templates={templates} />
    </>
  );
}
