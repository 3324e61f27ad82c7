/** The follow-ups operations of the public API (assembled in ./openapi.ts; docs/decisions/015-follow-ups-and-kudos.md). */
import { addNoteSchema, followUpDetailSchema, followUpListSchema, listFollowUpsQuerySchema, updateFollowUpSchema } from "@/lib/schemas/follow-up";
import type { ApiOperation } from "./openapi-types";

const tag = "Follow-ups";
const W = [400, 401, 404, 413, 415];

export const followUpOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/follow-ups",
    summary: "List follow-ups: cases opened by detractors (NPS 0–6) and dissatisfied customers (CSAT 1–2) who left a comment",
    tag,
    query: listFollowUpsQuerySchema,
    success: {
      status: 200,
      schema: followUpListSchema,
      description:
        "Cases not yet closed first, oldest first; then closed ones, most recently closed first. `status=open` (the default) is OPEN and IN_PROGRESS; " +
        "`teamId` narrows to the team's subtree; `owner` is a user id or `unassigned`. Times are in whole seconds from the case's opening.",
    },
    errors: [400, 401, 404],
  },
  { method: "get", path: "/api/v1/follow-ups/{id}", summary: "Get a follow-up with the customer's answers and the notes", tag, pathParams: ["id"], success: { status: 200, schema: followUpDetailSchema, description: "The case" }, errors: [401, 404] },
  {
    method: "patch",
    path: "/api/v1/follow-ups/{id}",
    summary: "Assign an owner, move the status, or close with an outcome",
    tag,
    pathParams: ["id"],
    body: updateFollowUpSchema,
    success: {
      status: 200,
      schema: followUpDetailSchema,
      description:
        "The updated case. The owner must be a member who works the team's follow-ups (`null` unassigns). Closing (`status: CLOSED`) needs `outcome`; " +
        "reopening clears `closedAt` and keeps the earlier outcome in a note. The first change sets `firstActionAt`, which never moves afterwards.",
    },
    errors: W,
  },
  { method: "post", path: "/api/v1/follow-ups/{id}/notes", summary: "Add a note to a follow-up", tag, pathParams: ["id"], body: addNoteSchema, success: { status: 201, schema: followUpDetailSchema, description: "The case with its notes; a first note sets `firstActionAt`" }, errors: W },
];
