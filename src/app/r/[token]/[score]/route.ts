import { db } from "@/server/db";
import { personalLinkPath } from "@/server/personal-links/link-state";
import { recordScoreClick } from "@/server/personal-links/record-score-click";

// Every click is a database write, never a cached answer.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string; score: string }> };

// A relative Location: the browser resolves it against the address it used, so no host header
// (or proxy) has to be trusted to build it.
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });
}

const pagePath = (token: string) => personalLinkPath(encodeURIComponent(token));

/**
 * A score button in the invitation email. The first click records the score; then, and on every
 * later click, the person lands on the survey page: prefilled with the score they clicked while
 * the response is open, "already answered" once spent, "not available" for unknown or expired
 * links (docs/decisions/009-personal-links-and-email.md).
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token, score } = await params;
  const { outcome } = await recordScoreClick(db, { token, score });
  const prefill = outcome === "recorded" || outcome === "already_recorded";
  return seeOther(prefill ? `${pagePath(token)}?score=${encodeURIComponent(score)}` : pagePath(token));
}

/**
 * Link checkers that only ask for the headers must not answer the survey: without this, Next
 * would run GET for a HEAD request.
 */
export async function HEAD(_request: Request, { params }: Context): Promise<Response> {
  return seeOther(pagePath((await params).token));
}
