import { WIDGET_SCRIPT, WIDGET_SCRIPT_ETAG } from "@/server/widget/embed-script";

/**
 * The embed script (src/server/widget/embed-script.ts). Served to any page, with no CORS
 * headers: a classic <script> needs none. An hour fresh, then a day of serving the cached copy
 * while revalidating with the ETag, so a deploy reaches every site within about an hour.
 */
const HEADERS = {
  "Content-Type": "application/javascript; charset=utf-8",
  "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
  ETag: WIDGET_SCRIPT_ETAG,
};

export function GET(request: Request): Response {
  const tags = request.headers.get("if-none-match")?.split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (tags?.includes(WIDGET_SCRIPT_ETAG)) return new Response(null, { status: 304, headers: HEADERS });
  return new Response(WIDGET_SCRIPT, { headers: HEADERS });
}
