/** The ideas operations of the public API (assembled in ./openapi.ts; docs/decisions/014-ideas-and-committee.md). */
import { apiCreateIdeaSchema, changeIdeaStatusSchema, ideaBoardQuerySchema, ideaDetailSchema, ideaListSchema } from "@/lib/schemas/idea";
import type { ApiOperation } from "./openapi-types";

const tag = "Ideas";

export const ideaOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/ideas",
    summary: "List the organization's ideas (the idea board)",
    tag,
    query: ideaBoardQuerySchema,
    success: {
      status: 200,
      description:
        "Ideas not merged into another, searched in title and body (`q`, case-insensitive), filtered by status, team (with its subtree), journey stage and prompt, " +
        "sorted by `votes` (most first), `newest`, or `trending` (votes of the last 14 days, each worth 0.5^(age / 3 days)), one page at a time. Anonymous ideas have no author name.",
      schema: ideaListSchema,
    },
    errors: [400, 401, 404],
  },
  {
    method: "post",
    path: "/api/v1/ideas",
    summary: "Submit an idea on no one's behalf (anonymous), optionally for a team and a journey stage",
    tag,
    body: apiCreateIdeaSchema,
    success: { status: 201, description: "The new idea, status NEW; team and stage must be the organization's", schema: ideaDetailSchema },
    errors: [400, 401, 413, 415],
  },
  {
    method: "get",
    path: "/api/v1/ideas/{id}",
    summary: "Get an idea with its status history and comments",
    tag,
    pathParams: ["id"],
    success: { status: 200, description: "The idea; `mergedInto` is set when it was merged into another", schema: ideaDetailSchema },
    errors: [401, 404],
  },
  {
    method: "post",
    path: "/api/v1/ideas/{id}/status",
    summary: "Move an idea through the workflow, with a note for its author and voters",
    tag,
    pathParams: ["id"],
    body: changeIdeaStatusSchema,
    success: {
      status: 200,
      description:
        "The idea after the change. Legal moves: forward along NEW → UNDER_REVIEW → PLANNED → IN_PROGRESS → DONE (steps may be skipped), DECLINED from any open status, " +
        "DECLINED → UNDER_REVIEW. Anything else, or a merged idea, is a 409.",
      schema: ideaDetailSchema,
    },
    errors: [400, 401, 404, 409, 413, 415],
  },
];
