/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with
 * (shared/STYLE.md, habit 4), so the description can't drift from the behaviour.
 */
import { z } from "zod";
import { errorBodySchema } from "@/lib/schemas/api";
import { createTeamSchema, teamSchema, updateTeamSchema } from "@/lib/schemas/team";
import { followUpOperations } from "./openapi-follow-ups";
import { ideaOperations } from "./openapi-ideas";
import { ingestOperations } from "./openapi-ingest";
import { journeyOperations } from "./openapi-journeys";
import { metricsOperations } from "./openapi-metrics";
import type { ApiOperation } from "./openapi-types";

export type { ApiOperation };

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid input: the body names every problem in `issues`",
  403: "The key may not do this",
  401: "Missing, invalid or revoked API key",
  404: "Not found (or belongs to another organization)",
  409: "Conflicts with the current state",
  413: "Body larger than 1 MB",
  415: "Body is not JSON",
  503: "Database unavailable",
};

const teamListSchema = z.object({ teams: z.array(teamSchema) });

const platformOperations: ApiOperation[] = [
  { method: "get", path: "/api/health", summary: "Liveness and database check", tag: "Health", auth: false, success: { status: 200, description: "The database answers", schema: z.object({ status: z.literal("ok") }) }, errors: [503] },
  { method: "get", path: "/api/v1/teams", summary: "List the organization's teams", tag: "Teams", success: { status: 200, description: "All teams, flat; build the tree from parentId", schema: teamListSchema }, errors: [401] },
  { method: "post", path: "/api/v1/teams", summary: "Create a team", tag: "Teams", body: createTeamSchema, success: { status: 201, description: "The new team", schema: teamSchema }, errors: [400, 401, 413, 415] },
  { method: "get", path: "/api/v1/teams/{id}", summary: "Get a team", tag: "Teams", pathParams: ["id"], success: { status: 200, description: "The team", schema: teamSchema }, errors: [401, 404] },
  { method: "patch", path: "/api/v1/teams/{id}", summary: "Rename or move a team", tag: "Teams", pathParams: ["id"], body: updateTeamSchema, success: { status: 200, description: "The updated team", schema: teamSchema }, errors: [400, 401, 404, 413, 415] },
  { method: "delete", path: "/api/v1/teams/{id}", summary: "Delete an empty team", tag: "Teams", pathParams: ["id"], success: { status: 204, description: "Deleted" }, errors: [401, 404, 409] },
];

export const operations: ApiOperation[] = [...platformOperations, ...ingestOperations, ...metricsOperations, ...journeyOperations, ...ideaOperations, ...followUpOperations];

function schemaOf(schema: z.ZodType, io: "input" | "output") {
  return z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [
      ...(op.pathParams ?? []).map((name) => ({ name, in: "path", required: true, schema: { type: "string" } })),
      ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: "query",
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: schemaOf(schema as z.ZodType, "input"),
      })),
    ];
    const responses: Record<string, unknown> = {
      [op.success.status]: {
        description: op.success.description,
        ...(op.success.schema ? { content: { "application/json": { schema: schemaOf(op.success.schema, "output") } } } : {}),
      },
    };
    for (const status of op.errors) {
      responses[status] = { description: ERROR_DESCRIPTIONS[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
    }
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      tags: [op.tag],
      ...(op.auth === false ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body, "input") } } } } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Tandem API",
      version: "1.0.0",
      description: "Customer and employee feedback in one model. Every request is scoped to the organization of its API key.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An organization API key (tdm_…), created under Settings → API keys" } },
      schemas: { Error: schemaOf(errorBodySchema, "output") },
    },
    paths,
  };
}
