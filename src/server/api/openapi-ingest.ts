/**
 * The surveys and responses operations of the OpenAPI document, described with the same zod
 * schemas their handlers validate with (shared/STYLE.md, habit 4).
 */
import { ingestResponsesSchema, ingestResultSchema } from "@/lib/schemas/response";
import { createSurveySchema, listSurveysQuerySchema, surveyListSchema, surveySchema, updateSurveySchema } from "@/lib/schemas/survey";
import type { ApiOperation } from "./openapi-types";

export const ingestOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/api/v1/surveys",
    summary: "List the organization's surveys, newest first",
    tag: "Surveys",
    query: listSurveysQuerySchema,
    success: { status: 200, description: "The surveys, optionally filtered by audience and metric", schema: surveyListSchema },
    errors: [400, 401],
  },
  {
    method: "post",
    path: "/api/v1/surveys",
    summary: "Create a survey with its headline question (ENPS for EMPLOYEE; NPS or CSAT for CUSTOMER) and, optionally, the questions after it",
    tag: "Surveys",
    body: createSurveySchema,
    success: { status: 201, description: "The new survey, ACTIVE: the headline question at position 0, then `questions` in order", schema: surveySchema },
    errors: [400, 401, 413, 415],
  },
  {
    method: "get",
    path: "/api/v1/surveys/{id}",
    summary: "Get a survey and its questions",
    tag: "Surveys",
    pathParams: ["id"],
    success: { status: 200, description: "The survey", schema: surveySchema },
    errors: [401, 404],
  },
  {
    method: "patch",
    path: "/api/v1/surveys/{id}",
    summary:
      "Change the title, description or questions. `questions` is the full ordered list: existing questions carry their id, new ones none, and left-out ones are removed. The headline question stays (with its id). A question that has answers is never rewritten: changing its prompt, type, scale or options archives it and adds a new version with a new id; removing it archives it",
    tag: "Surveys",
    pathParams: ["id"],
    body: updateSurveySchema,
    success: { status: 200, description: "The survey with its current questions", schema: surveySchema },
    errors: [400, 401, 404, 409, 413, 415],
  },
  {
    method: "post",
    path: "/api/v1/surveys/{id}/activate",
    summary: "Activate a DRAFT survey; no body",
    tag: "Surveys",
    pathParams: ["id"],
    success: { status: 200, description: "The survey, now ACTIVE", schema: surveySchema },
    errors: [401, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/surveys/{id}/close",
    summary: "Close an ACTIVE survey for good; no body",
    tag: "Surveys",
    pathParams: ["id"],
    success: { status: 200, description: "The survey, now CLOSED", schema: surveySchema },
    errors: [401, 404, 409],
  },
  {
    method: "post",
    path: "/api/v1/responses",
    summary: "Send 1 to 1000 responses, all or nothing; a repeated idempotencyKey stores nothing new",
    tag: "Responses",
    body: ingestResponsesSchema,
    success: { status: 201, description: "How many responses this request stored", schema: ingestResultSchema },
    errors: [400, 401, 404, 413, 415],
  },
];
