import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { buttonClass } from "@/components/ui/button";
import { AppError } from "@/lib/errors";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getPoster } from "@/server/distributions/get-poster";
import { answerUrl, publicOrigin, shortAnswerUrl } from "@/server/distributions/public-url";
import { PrintButton } from "./print-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "QR poster", robots: { index: false, follow: false } };

// A4 with the browser's own margins turned off; the page draws its own. Screen and paper
// share the layout, so what you see is what prints.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 0; }
@media print {
  html, body { background: #fff !important; }
  .poster-sheet { box-shadow: none !important; margin: 0 !important; }
}
`;

async function load(orgId: string, distributionId: string) {
  try {
    return await getPoster(db, { orgId, distributionId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

/** A team's printable QR poster: outside the app shell so nothing but the poster prints. */
export default async function PosterPage({ params }: { params: Promise<{ distributionId: string }> }) {
  const member = await requireMember("surveys:manage");
  const { distributionId } = await params;
  const poster = await load(member.orgId, distributionId);
  const origin = publicOrigin(await headers());
  const url = answerUrl(origin, poster.token);
  // Drawn on the server as SVG: sharp at any print size, and no script on the page. Level M
  // survives a scuffed or glare-struck print while keeping the modules large.
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return (
    <>
      <style>{PRINT_CSS}</style>
      <nav aria-label="Poster" className="mx-auto flex max-w-[210mm] items-center justify-between gap-3 px-4 py-4 print:hidden">
        <Link href={`/surveys/${poster.surveyId}/links`} className={buttonClass("secondary")}>
          Back to the links
        </Link>
        {poster.surveyStatus !== "ACTIVE" ? <p className="text-sm text-slate-700">This survey is not active yet: the code shows a “closed” page until it is.</p> : null}
        <PrintButton />
      </nav>
      <main className="poster-sheet mx-auto mb-8 flex h-[297mm] w-[210mm] flex-col items-center justify-between bg-white px-[18mm] py-[20mm] text-center text-slate-900 shadow-lg print:mb-0">
        <div>
          <p className="text-lg font-medium uppercase tracking-widest text-slate-700">{poster.surveyTitle}</p>
          <h1 className="mt-6 text-6xl font-bold leading-tight">Tell us how we did today</h1>
          <p className="mt-6 text-3xl font-semibold text-brand-700">{poster.teamName}</p>
        </div>
        <div role="img" aria-label={`QR code for ${url}`} className="h-[110mm] w-[110mm] [&>svg]:h-full [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: svg }} />
        <div>
          <p className="text-xl text-slate-700">Scan with your phone’s camera — it takes a minute, no account needed. Or go to</p>
          <p className="mt-3 break-all font-mono text-2xl font-semibold" data-testid="short-url">
            {shortAnswerUrl(origin, poster.token)}
          </p>
        </div>
      </main>
    </>
  );
}
