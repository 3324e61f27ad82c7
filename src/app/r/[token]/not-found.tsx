import type { Metadata } from "next";

export const metadata: Metadata = { title: "Survey not available", robots: { index: false, follow: false } };

/**
 * An unknown link, an expired one and a closed survey look the same: the person needs the same
 * words either way (docs/decisions/008-public-links-and-answering.md, "404, not 410").
 */
export default function PersonalLinkNotAvailable() {
  return (
    <section className="rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <h1 className="text-xl font-semibold text-slate-900">This link has expired or the survey is closed</h1>
      <p className="mt-2 text-base text-slate-700">
        Survey links sent by email work for a limited time. Thank you for wanting to tell us how we did.
      </p>
    </section>
  );
}
