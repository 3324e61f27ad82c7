import {
  createJourneySchema,
  journeyDtoSchema,
  journeyListSchema,
  journeyMapDtoSchema,
  stageDtoSchema,
  touchpointDtoSchema,
  journeyMapQuerySchema,
  linkQuestionSchema,
  moveStageSchema,
  servedBySchema,
  stageInputSchema,
  touchpointInputSchema,
  updateJourneySchema,
  updateStageSchema,
  updateTouchpointSchema,
} from "@/lib/schemas/journey";
import type { ApiOperation } from "./openapi-types";

const tag = "Journeys";
const W = [400, 401, 404, 413, 415];

/** Journeys, stages, touchpoints and their links (docs/decisions/013-journeys.md). */
export const journeyOperations: ApiOperation[] = [
  { method: "get", path: "/api/v1/journeys", summary: "List the organization's journeys", tag, success: { status: 200, schema: journeyListSchema, description: "`{ journeys: [{ id, kind, name, persona, stageCount, createdAt }] }`" }, errors: [401] },
  { method: "post", path: "/api/v1/journeys", summary: "Create a journey, optionally from a template", tag, body: createJourneySchema, success: { status: 201, schema: journeyDtoSchema, description: "The journey with its stages and touchpoints" }, errors: [400, 401, 413, 415] },
  { method: "get", path: "/api/v1/journeys/{id}", summary: "Get a journey with its stages, touchpoints and linked questions", tag, pathParams: ["id"], success: { status: 200, schema: journeyDtoSchema, description: "The journey; stages and touchpoints by position" }, errors: [401, 404] },
  { method: "patch", path: "/api/v1/journeys/{id}", summary: "Rename or describe a journey", tag, pathParams: ["id"], body: updateJourneySchema, success: { status: 200, schema: journeyDtoSchema, description: "The updated journey" }, errors: W },
  { method: "delete", path: "/api/v1/journeys/{id}", summary: "Delete a journey with its stages and touchpoints", tag, pathParams: ["id"], success: { status: 204, description: "Deleted; ideas about its stages stay, unlinked" }, errors: [401, 404] },
  {
    method: "get",
    path: "/api/v1/journeys/{id}/map",
    summary: "The journey map: each stage's figure, its serving employee stage's figure and top ideas",
    tag,
    pathParams: ["id"],
    query: journeyMapQuerySchema,
    success: {
      status: 200,
      schema: journeyMapDtoSchema, description:
        "Figures from the stage's linked questions over [from, to] (inclusive, UTC) for the team subtree or the whole organization; " +
        "headline NPS/CSAT from the daily rollups, as the metrics API. Employee figures below the anonymity threshold are `{ suppressed: true }`.",
    },
    errors: [400, 401, 404],
  },
  { method: "post", path: "/api/v1/journeys/{id}/stages", summary: "Append a stage", tag, pathParams: ["id"], body: stageInputSchema, success: { status: 201, schema: stageDtoSchema, description: "The new stage" }, errors: W },
  { method: "patch", path: "/api/v1/stages/{id}", summary: "Update a stage", tag, pathParams: ["id"], body: updateStageSchema, success: { status: 200, schema: stageDtoSchema, description: "The updated stage" }, errors: W },
  { method: "delete", path: "/api/v1/stages/{id}", summary: "Delete a stage; the others are renumbered", tag, pathParams: ["id"], success: { status: 204, description: "Deleted" }, errors: [401, 404] },
  { method: "post", path: "/api/v1/stages/{id}/move", summary: "Move a stage to a 0-based position", tag, pathParams: ["id"], body: moveStageSchema, success: { status: 200, schema: stageDtoSchema, description: "The moved stage; positions stay 0..n−1" }, errors: W },
  { method: "post", path: "/api/v1/stages/{id}/touchpoints", summary: "Append a touchpoint to a stage", tag, pathParams: ["id"], body: touchpointInputSchema, success: { status: 201, schema: touchpointDtoSchema, description: "The new touchpoint; the owner team must be the organization's" }, errors: W },
  { method: "patch", path: "/api/v1/touchpoints/{id}", summary: "Update a touchpoint", tag, pathParams: ["id"], body: updateTouchpointSchema, success: { status: 200, schema: touchpointDtoSchema, description: "The updated touchpoint" }, errors: W },
  { method: "delete", path: "/api/v1/touchpoints/{id}", summary: "Delete a touchpoint", tag, pathParams: ["id"], success: { status: 204, description: "Deleted" }, errors: [401, 404] },
  { method: "post", path: "/api/v1/stages/{id}/questions", summary: "Link a survey question to a stage (idempotent)", tag, pathParams: ["id"], body: linkQuestionSchema, success: { status: 200, schema: stageDtoSchema, description: "The stage with its linked questions; the question must be the organization's and not archived" }, errors: W },
  { method: "delete", path: "/api/v1/stages/{id}/questions/{questionId}", summary: "Unlink a question from a stage", tag, pathParams: ["id", "questionId"], success: { status: 204, description: "Unlinked (or was not linked)" }, errors: [401, 404] },
  { method: "put", path: "/api/v1/stages/{id}/served-by", summary: "Link a customer stage to the employee stage that serves it", tag, pathParams: ["id"], body: servedBySchema, success: { status: 200, schema: stageDtoSchema, description: "The stage; null unlinks. Only a customer stage, only to an employee stage" }, errors: W },
];
