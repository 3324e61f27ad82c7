"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a text, and says so where a screen reader hears it. */
export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      // Clipboard access needs a secure context and a permission; the text can still be selected.
      setCopied("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {copied === "yes" ? "Copied" : copied === "failed" ? "Select the text to copy it" : ""}
      </span>
    </span>
  );
}

export function PrintButton({ label = "Print" }: { label?: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}
