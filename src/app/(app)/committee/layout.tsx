import type { ReactNode } from "react";

// The app shell is shared with every page, so the print rules that drop its chrome live here,
// scoped to the committee section (as the journeys section does): the agenda prints on A4
// portrait without header, navigation or buttons.
const PRINT_CSS = `@media print {
  @page { size: A4 portrait; margin: 15mm; }
  body > div > header, nav[aria-label="Main"], a[href="#main"] { display: none !important; }
  body { background: white !important; font-size: 11pt; }
  main { max-width: none !important; }
  .agenda-section { break-inside: avoid-page; }
  .agenda-row { break-inside: avoid; }
}`;

export default function CommitteeLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      {children}
    </>
  );
}
