/**
 * Which websites may show a survey's widget: Survey.allowedOrigins, a list of exact origins
 * (scheme, host, optional port), compared with the browser's Origin header as a plain string.
 * Pure, with no I/O, so the settings action, the public endpoints and the tests share one rule.
 * No wildcards: `*.example.com` would trust every subdomain, user-content and forgotten staging
 * hosts included (docs/decisions/010-embeddable-widget.md).
 */
import { z } from "zod";
import type { ErrorIssue } from "@/lib/errors";

export const MAX_ALLOWED_ORIGINS = 20;
const MAX_ORIGIN_LENGTH = 300;
/** Bounds the work on a pasted list before deduplication; the limit that counts is MAX_ALLOWED_ORIGINS. */
const MAX_LINES = 200;

export type OriginCheck = { ok: true; origin: string } | { ok: false; problem: string };

const SHAPE = /^(https?):\/\/([^/?#@\\\s]+)\/?$/i;
// After WHATWG parsing: lowercase labels (IDNs already punycode), an IPv4 address, or [IPv6].
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?)$/;

/**
 * `https://Shop.Example.com/` → `https://shop.example.com`. Normalized by the URL parser, so the
 * result is serialized exactly as browsers serialize the Origin header: lowercase host, punycode,
 * the scheme's default port dropped (`https://a.com:443` is `https://a.com`).
 */
export function normalizeOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (text.length > MAX_ORIGIN_LENGTH) return { ok: false, problem: `At most ${MAX_ORIGIN_LENGTH} characters` };
  if (text.includes("*")) return { ok: false, problem: "Wildcards are not supported: list each website's exact address" };
  if (!SHAPE.test(text)) return { ok: false, problem: "Use http:// or https:// and a host only, such as https://shop.example.com (no path)" };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: "Not a valid web address" };
  }
  if (!HOST.test(url.hostname)) return { ok: false, problem: "Not a valid host name" };
  return { ok: true, origin: url.origin };
}

/**
 * The list a survey stores: blank entries skipped, each normalized, duplicates dropped (the first
 * kept, in the order given), at most MAX_ALLOWED_ORIGINS. Each bad entry is an issue at its index.
 */
export const allowedOriginsSchema = z
  .array(z.string({ error: "A string" }), { error: "A list of origins" })
  .max(MAX_LINES, `At most ${MAX_LINES} lines`)
  .transform((entries, ctx) => {
    const origins: string[] = [];
    entries.forEach((entry, index) => {
      if (!entry.trim()) return;
      const checked = normalizeOrigin(entry);
      if (!checked.ok) ctx.addIssue({ code: "custom", path: [index], message: checked.problem });
      else if (!origins.includes(checked.origin)) origins.push(checked.origin);
    });
    if (origins.length > MAX_ALLOWED_ORIGINS) {
      ctx.addIssue({ code: "custom", path: [], message: `At most ${MAX_ALLOWED_ORIGINS} websites (this list has ${origins.length})` });
    }
    return origins;
  });

/** The settings form edits the list as one origin per line. */
export const originLines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** Issues of allowedOriginsSchema as the form shows them: "Line 3 (ftp://x): message", one per line. */
export function describeOriginIssues(lines: readonly string[], issues: readonly ErrorIssue[]): string {
  return issues
    .map((issue) => {
      const index = issue.path[issue.path.length - 1];
      if (typeof index !== "number") return issue.message;
      const shown = (lines[index] ?? "").trim().slice(0, 60);
      return `Line ${index + 1} (${shown}): ${issue.message}`;
    })
    .join("\n");
}

/**
 * Exact comparison with the request's Origin header. Browsers always send the serialized form
 * normalizeOrigin stores; anything else (`null` from a sandboxed frame or a file:// page, a
 * missing header) matches nothing.
 */
export function isAllowedOrigin(allowed: readonly string[], origin: string | null): origin is string {
  return origin !== null && origin !== "null" && allowed.includes(origin);
}
