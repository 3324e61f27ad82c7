import type { ReactNode } from "react";

// The app shell is shared with every page, so the print rules that drop its chrome live here,
// scoped to the journeys section: a map prints on A4 landscape without header or navigation.
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body > div > header, nav[aria-label="Main"], a[href="#main"] { display: none !important; }
  body { background: white !important; }
  main { max-width: none !important; }
}`;

export default function JourneysLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      {children}
    </>
  );
}
