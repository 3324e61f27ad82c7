import type { Metadata } from "next";
import Link from "next/link";
import { BoardFilters } from "@/components/ideas/board-filters";
import { IdeaList } from "@/components/ideas/idea-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { AppError } from "@/lib/errors";
import { ideaBoardQuerySchema, type IdeaBoardQuery } from "@/lib/schemas/idea";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { loadIdeaOptions } from "@/server/ideas/idea-options";
import { listIdeas } from "@/server/ideas/list-ideas";
import { votedIdeaIds } from "@/server/ideas/viewer-votes";

export const metadata: Metadata = { title: "Ideas" };

type SearchParams = Record<string, string | string[] | undefined>;

/** Each parameter on its own: a bad one is dropped, the rest of the view stays. */
function parseQuery(sp: SearchParams): IdeaBoardQuery {
  const shape = ideaBoardQuerySchema.shape;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const raw = sp[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = shape[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return ideaBoardQuerySchema.parse(out);
}

function pageHref(query: IdeaBoardQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page, pageSize: undefined })) {
    if (value !== undefined && value !== "" && !(key === "page" && value === 1) && !(key === "sort" && value === "votes")) params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/ideas?${qs}` : "/ideas";
}

/** A team or stage that isn't the organization's (a stale URL) drops those filters, not the page. */
async function loadBoard(orgId: string, query: IdeaBoardQuery) {
  try {
    return { query, list: await listIdeas(db, { orgId, query }) };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "not_found")) throw error;
    const fallback = { ...query, teamId: undefined, stageId: undefined };
    return { query: fallback, list: await listIdeas(db, { orgId, query: fallback }) };
  }
}

export default async function IdeasPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const member = await requireMember("ideas:submit");
  const [options, { query, list }] = await Promise.all([loadIdeaOptions(db, { orgId: member.orgId }), loadBoard(member.orgId, parseQuery(await searchParams))]);
  const voted = await votedIdeaIds(db, { orgId: member.orgId, userId: member.userId, ideaIds: list.ideas.map((i) => i.id) });
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const filtered = Boolean(query.q || query.status || query.teamId || query.stageId || query.prompt);

  return (
    <>
      <PageHeader
        title="Ideas from the front line"
        description="What would make our customers' lives easier? Vote for the ideas you back, add what you know, and see what became of them."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/ideas/you-said-we-did" className={buttonClass("secondary")}>
              You said, we did
            </Link>
            <Link href="/ideas/new" className={buttonClass("primary")}>
              Submit an idea
            </Link>
          </div>
        }
      />
      <div className="space-y-4">
        <BoardFilters query={query} teams={options.teams} stageGroups={options.stageGroups} />
        <p className="text-sm text-slate-600" data-testid="idea-total">
          {list.total === 1 ? "1 idea" : `${list.total} ideas`}
          {filtered ? " match" : ""}
        </p>
        {list.ideas.length === 0 ? (
          <Card>
            <p className="text-sm text-slate-600">
              {filtered ? "No idea matches. Try fewer filters." : "No ideas yet."}{" "}
              <Link href="/ideas/new" className="font-medium text-brand-700 hover:underline">
                Be the first to submit one.
              </Link>
            </p>
          </Card>
        ) : (
          <IdeaList ideas={list.ideas} voted={voted} />
        )}
        {pages > 1 ? (
          <nav aria-label="Pages" className="flex items-center justify-between gap-3 text-sm">
            {list.page > 1 ? (
              <Link href={pageHref(query, list.page - 1)} className={buttonClass("secondary")}>
                Previous
              </Link>
            ) : (
              <span />
            )}
            <span className="text-slate-600">
              Page {list.page} of {pages}
            </span>
            {list.page < pages ? (
              <Link href={pageHref(query, list.page + 1)} className={buttonClass("secondary")}>
                Next
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </div>
    </>
  );
}
