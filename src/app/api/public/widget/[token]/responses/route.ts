import { readJsonBody } from "@/server/api/http";
import { db } from "@/server/db";
import { submitWidgetResponse } from "@/server/widget/submit-widget-response";
import { widgetPreflight, widgetRoute } from "@/server/widget/widget-route";

/** `{ score, comment? }` from a page of an allowed origin: 201 when stored, never a 500 on bad input. */
export const POST = widgetRoute({ countAttempt: true }, async ({ request, target, address, now }) =>
  Response.json(await submitWidgetResponse(db, { target, readBody: () => readJsonBody(request), address, now }), { status: 201 }),
);

export const OPTIONS = widgetPreflight;
