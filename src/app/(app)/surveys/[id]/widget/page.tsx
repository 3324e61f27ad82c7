import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { publicOrigin } from "@/server/distributions/public-url";
import { MAX_ALLOWED_ORIGINS } from "@/server/widget/allowed-origins";
import { getWidgetSettings } from "@/server/widget/get-widget-settings";
import { CopySnippetButton } from "./copy-snippet-button";
import { CreateWidgetForm } from "./create-widget-form";
import { OriginsForm } from "./origins-form";
import { WidgetPreview } from "./widget-preview";

export const metadata: Metadata = { title: "Embed widget" };

async function load(orgId: string, id: string) {
  const parsed = idSchema.safeParse(id);
  if (!parsed.success) notFound();
  try {
    return await getWidgetSettings(db, { orgId, surveyId: parsed.data });
  } catch (error) {
    // Another organization's survey is a 404, exactly like a missing one.
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const snippetOf = (origin: string, token: string) => `<script src="${origin}/widget.js" data-survey="${token}" async></script>`;

/** Which websites may show the survey's widget, each team's snippet, and a live preview. */
export default async function WidgetSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("surveys:manage");
  const { survey, teams, widgets, preview } = await load(member.orgId, (await params).id);
  const origin = publicOrigin(await headers());
  const back = (
    <Link href={`/surveys/${survey.id}`} className={buttonClass("secondary")}>
      Back to the survey
    </Link>
  );
  const description = (
    <>
      <span className="font-medium text-slate-800">{survey.title}</span>: one script tag shows a small {survey.metric === "CSAT" ? "CSAT" : "NPS"}{" "}
      prompt on your website, and each answer counts for the team the snippet was made for.
    </>
  );
  if (survey.audience !== "CUSTOMER") {
    return (
      <>
        <PageHeader title="Embed widget" description={description} actions={back} />
        <Alert tone="info">The widget is for customer surveys. Employee surveys reach people through their pulses and links, where anonymity can be kept.</Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Embed widget" description={description} actions={back} />
      <div className="space-y-6">
        {survey.status !== "ACTIVE" ? (
          <Alert tone="info">
            {survey.status === "DRAFT"
              ? "This survey is a draft: the widget shows nothing until it is made active. You can prepare the websites and snippets now."
              : "This survey is closed: its widget shows nothing any more."}
          </Alert>
        ) : null}
        <Card title="Allowed websites" description="Only pages on these origins can show the widget and send answers; every other website is refused.">
          <OriginsForm surveyId={survey.id} origins={survey.allowedOrigins} max={MAX_ALLOWED_ORIGINS} />
        </Card>
        <Card title="Snippets" description="Paste a team's snippet into the pages where that team serves customers, just before </body>.">
          {teams.length === 0 ? (
            <p className="text-sm text-slate-600">
              A snippet counts its answers for one team, and there are no teams yet.{" "}
              <Link className="font-medium text-brand-600 hover:underline" href="/settings/teams">
                Create your teams
              </Link>{" "}
              first.
            </p>
          ) : survey.status === "CLOSED" ? null : (
            <CreateWidgetForm surveyId={survey.id} teams={teams} />
          )}
          {widgets.length > 0 ? (
            <ul className="mt-5 divide-y divide-slate-200">
              {widgets.map((widget) => {
                const snippet = snippetOf(origin, widget.token);
                return (
                  <li key={widget.id} data-testid="widget-snippet" className="space-y-2 py-3">
                    <label htmlFor={`snippet-${widget.id}`} className="block text-sm font-medium text-slate-900">
                      Snippet for {widget.teamName}
                    </label>
                    <textarea
                      id={`snippet-${widget.id}`}
                      readOnly
                      rows={2}
                      value={snippet}
                      className="block w-full rounded-md border-0 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-800 ring-1 ring-inset ring-slate-300"
                    />
                    <CopySnippetButton snippet={snippet} teamName={widget.teamName} />
                  </li>
                );
              })}
            </ul>
          ) : null}
        </Card>
        <Card title="Preview" description="The widget as your customers will see it. Answers given here are not sent.">
          {preview ? <WidgetPreview config={preview} /> : <p className="text-sm text-slate-600">This survey has no headline question to show.</p>}
        </Card>
      </div>
    </>
  );
}
