"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a snippet, and says so where a screen reader hears it. */
export function CopySnippetButton({ snippet, teamName }: { snippet: string; teamName: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied("yes");
    } catch {
      // Clipboard access needs a secure context and a permission; the field can still be selected.
      setCopied("failed");
    }
  }
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" onClick={copy} aria-label={`Copy the snippet for ${teamName}`}>
        Copy
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Select the snippet to copy it" : ""}
      </span>
    </div>
  );
}
