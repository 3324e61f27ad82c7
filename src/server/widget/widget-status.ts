import { AppError } from "@/lib/errors";
import type { WidgetTarget } from "./find-widget-by-token";

export const NOT_AVAILABLE_MESSAGE = "This survey can't be shown here.";
export const CLOSED_MESSAGE = "This survey is not taking answers.";

/**
 * Only ACTIVE CUSTOMER surveys are embedded. A draft or closed survey is 404 like an unknown
 * token, as its public links are (docs/decisions/008-public-links-and-answering.md, "404, not
 * 410"); the widget shows nothing either way. Employee surveys never reach a public website:
 * their anonymity rules assume answers come from the organization's own people.
 */
export function assertEmbeddable(survey: WidgetTarget["survey"]): void {
  if (survey.audience !== "CUSTOMER" || survey.metric === "ENPS") throw new AppError("not_found", NOT_AVAILABLE_MESSAGE);
  if (survey.status !== "ACTIVE") throw new AppError("not_found", CLOSED_MESSAGE);
}
