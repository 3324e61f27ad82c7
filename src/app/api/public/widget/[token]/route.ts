import { db } from "@/server/db";
import { loadPublicWidgetConfig } from "@/server/widget/widget-config";
import { widgetPreflight, widgetRoute } from "@/server/widget/widget-route";

/**
 * The widget's prompt, for pages of the survey's allowed origins (CORS in widgetRoute). A
 * minute of caching spares the database on every page view of a busy shop; `Vary: Origin`
 * keeps each site's copy apart.
 */
export const GET = widgetRoute({}, async ({ target }) =>
  Response.json(await loadPublicWidgetConfig(db, target), { headers: { "Cache-Control": "public, max-age=60" } }),
);

export const OPTIONS = widgetPreflight;
