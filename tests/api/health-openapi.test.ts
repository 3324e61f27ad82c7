import { describe, expect, it } from "vitest";
import * as health from "@/app/api/health/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as unknown from "@/app/api/v1/[...path]/route";
import { call } from "../http";

describe("GET /api/health", () => {
  it("answers ok when the database answers", async () => {
    const res = await call(health.GET as never, "GET");
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: "ok" });
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the teams API with the request schema the handler validates", async () => {
    const res = await call(openapi.GET as never, "GET");
    expect(res.status).toBe(200);
    const doc = res.json as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { maxLength?: number }> } }> } }>> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/health", "/api/v1/teams", "/api/v1/teams/{id}"]));
    const body = doc.paths["/api/v1/teams"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(body?.properties.name?.maxLength).toBe(200);
  });
});

describe("unknown API paths", () => {
  it("answer 404 in the error shape", async () => {
    const res = await call(unknown.GET as never, "GET");
    expect(res.status).toBe(404);
    expect(res.json.error?.code).toBe("not_found");
  });
});
