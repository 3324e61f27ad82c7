import type { Metadata } from "next";

export const metadata: Metadata = { title: "Survey not available", robots: { index: false, follow: false } };

/**
 * One page, and the same 404, for an unknown link and a survey that is not open (a draft or
 * closed): an App Router page can't answer 410, and a visitor needs the same words either way.
 * docs/decisions/008-public-links-and-answering.md.
 */
export default function SurveyNotAvailable() {
  return (
    <section className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold text-slate-900">This survey is closed or not found</h1>
      <p className="mt-2 text-base text-slate-700">
        It may have ended, or the link may be incomplete. If you scanned a poster or followed a link, thank you for wanting to tell us how we did.
      </p>
    </section>
  );
}
