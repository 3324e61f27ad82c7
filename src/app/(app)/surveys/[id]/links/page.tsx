import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listPublicLinks } from "@/server/distributions/list-public-links";
import { answerUrl, publicOrigin } from "@/server/distributions/public-url";
import { CopyLinkButton } from "./copy-link-button";

export const metadata: Metadata = { title: "Public links and QR posters" };

async function load(orgId: string, surveyId: string) {
  try {
    return await listPublicLinks(db, { orgId, surveyId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** Each team's public link for one survey: copy it, open it, or print its QR poster. */
export default async function SurveyLinksPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("surveys:manage");
  const { id } = await params;
  const { survey, links } = await load(member.orgId, id);
  const origin = publicOrigin(await headers());
  return (
    <>
      <PageHeader
        title="Public links and QR posters"
        description={
          <>
            <span className="font-medium text-slate-800">{survey.title}</span>: one link per team, so every answer is counted for the team that served
            the customer.
          </>
        }
        actions={
          <Link href={`/surveys/${survey.id}`} className={buttonClass("secondary")}>
            Back to the survey
          </Link>
        }
      />
      {survey.status !== "ACTIVE" ? (
        <div className="mb-4">
          <Alert tone="info">
            This survey is {survey.status === "DRAFT" ? "a draft" : "closed"}: its links show a “closed” page and accept no answers
            {survey.status === "DRAFT" ? " until it is made active. You can print the posters now." : "."}
          </Alert>
        </div>
      ) : null}
      <Card title="Links by team" description="Teams in the order of your team tree.">
        {links.length === 0 ? (
          <p className="text-sm text-slate-600">
            No teams yet. <Link className="font-medium text-brand-600 hover:underline" href="/settings/teams">Create your teams</Link> to get a link for each.
          </p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {links.map((link) => {
              const url = answerUrl(origin, link.token);
              return (
                <li key={link.teamId} data-testid="team-link" className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3" style={{ paddingLeft: `${link.depth * 1.25}rem` }}>
                  <span className="min-w-40 font-medium text-slate-900">{link.teamName}</span>
                  <label className="sr-only" htmlFor={`link-${link.teamId}`}>
                    Public link for {link.teamName}
                  </label>
                  <input
                    id={`link-${link.teamId}`}
                    readOnly
                    value={url}
                    className="min-w-0 flex-1 rounded-md border-0 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-800 ring-1 ring-inset ring-slate-300"
                  />
                  <CopyLinkButton url={url} teamName={link.teamName} />
                  <a href={url} target="_blank" rel="noreferrer" className={buttonClass("ghost")} aria-label={`Open the link for ${link.teamName}`}>
                    Open
                  </a>
                  <Link href={`/posters/${link.distributionId}`} className={buttonClass("secondary")} aria-label={`QR poster for ${link.teamName}`}>
                    QR poster
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
