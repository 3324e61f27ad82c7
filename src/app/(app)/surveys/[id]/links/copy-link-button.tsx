"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a link, and says so where a screen reader hears it. */
export function CopyLinkButton({ url, teamName }: { url: string; teamName: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      // Clipboard access needs a secure context and a permission; the field can still be selected.
      setCopied("failed");
    }
  }
  return (
    <>
      <Button variant="secondary" onClick={copy} aria-label={`Copy the link for ${teamName}`}>
        Copy
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Select the link to copy it" : ""}
      </span>
    </>
  );
}
