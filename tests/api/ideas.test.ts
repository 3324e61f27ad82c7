/**
 * The ideas endpoints of the public API: list with filters and sorts, author-less submission,
 * one idea, status changes with a note — and every wrong input a 4xx, every other
 * organization's idea a 404.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/ideas/route";
import * as item from "@/app/api/v1/ideas/[id]/route";
import * as status from "@/app/api/v1/ideas/[id]/status/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { ideaDetailSchema, ideaListSchema } from "@/lib/schemas/idea";
import { db } from "@/server/db";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { submitIdea } from "../factories/ideas";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org;
let globex: Org;
let store: { id: string };

beforeAll(async () => {
  [acme, globex] = await Promise.all([makeOrg({ name: "Acme" }), makeOrg({ name: "Globex" })]);
  store = await makeTeam(acme.orgId, { name: "Main street" });
});

const list = (org: Org, qs = "") => call(collection.GET, "GET", { key: org.apiKey, url: `http://localhost/api/v1/ideas${qs}` });
const create = (org: Org, body: unknown) => call(collection.POST, "POST", { key: org.apiKey, body });
const get = (org: Org, id: string) => call(item.GET, "GET", { key: org.apiKey, params: { id } });
const move = (org: Org, id: string, body: unknown) => call(status.POST, "POST", { key: org.apiKey, params: { id }, body });

describe("POST /api/v1/ideas", () => {
  it("creates an anonymous idea for a team, in the documented shape", async () => {
    const res = await create(acme, { title: "Kiosk idea", body: "From the suggestion kiosk", prompt: "MAGIC_WAND", teamId: store.id });
    expect(res.status).toBe(201);
    expect(ideaDetailSchema.parse(res.json)).toMatchObject({ title: "Kiosk idea", status: "NEW", prompt: "MAGIC_WAND", teamId: store.id, teamName: "Main street", anonymous: true, authorName: null, history: [], comments: [] });
    const row = await db.idea.findUniqueOrThrow({ where: { id: res.json.id as string } });
    expect(row).toMatchObject({ orgId: acme.orgId, authorId: null, receiptHash: null });
    expect(await db.ideaFollower.count({ where: { ideaId: row.id } })).toBe(0);
  });

  it.each([
    ["no title", { body: "x" }],
    ["a title too short", { title: "ab", body: "x" }],
    ["an empty body", { title: "Good idea", body: "   " }],
    ["an unknown prompt", { title: "Good idea", body: "x", prompt: "WISH" }],
    ["an unknown field", { title: "Good idea", body: "x", anonymous: false }],
    ["a NUL in the body", { title: "Good idea", body: "a\u0000b" }],
    ["a malformed team id", { title: "Good idea", body: "x", teamId: "../etc" }],
    ["a title of 161 characters", { title: "x".repeat(161), body: "x" }],
  ])("refuses %s with 400 and stores nothing", async (_label, body) => {
    const before = await db.idea.count({ where: { orgId: acme.orgId } });
    const res = await create(acme, body);
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
    expect(await db.idea.count({ where: { orgId: acme.orgId } })).toBe(before);
  });

  it("refuses another organization's team or stage as a 400 on the field", async () => {
    const theirs = await makeTeam(globex.orgId);
    const res = await create(acme, { title: "Good idea", body: "x", teamId: theirs.id });
    expect(res.status).toBe(400);
    expect(res.json.error?.issues).toEqual([{ path: ["teamId"], message: "No such team in this organization" }]);
  });

  it("refuses bodies that aren't JSON, and requests without a valid key", async () => {
    expect((await call(collection.POST, "POST", { key: acme.apiKey, rawBody: "{nope", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call(collection.POST, "POST", { key: acme.apiKey, rawBody: "title=x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await call(collection.GET, "GET", {})).status).toBe(401);
    expect((await call(collection.GET, "GET", { key: "tdm_not_a_key" })).status).toBe(401);
  });
});

describe("GET /api/v1/ideas", () => {
  it("lists the key's organization's ideas only, with filters, sorts and pages", async () => {
    const alice = await makeMember(acme.orgId, { name: "Alice" });
    const named = await submitIdea(acme.orgId, alice.userId, { title: "Named idea about tills", teamId: store.id });
    await submitIdea(globex.orgId, globex.ownerId, { title: "Globex secret idea" });
    const res = await list(acme, "?sort=newest&pageSize=50");
    expect(res.status).toBe(200);
    const body = ideaListSchema.parse(res.json);
    expect(body.ideas.some((i) => i.title === "Globex secret idea")).toBe(false);
    expect(body.ideas[0]).toMatchObject({ id: named.id, authorName: "Alice", anonymous: false });
    const searched = ideaListSchema.parse((await list(acme, "?q=TILLS&sort=trending")).json);
    expect(searched.ideas.map((i) => i.id)).toEqual([named.id]);
    expect(searched.ideas[0]?.trendingScore).toBe(0);
    const paged = ideaListSchema.parse((await list(acme, "?pageSize=1&page=2")).json);
    expect(paged).toMatchObject({ page: 2, pageSize: 1, total: body.total });
    expect(paged.ideas).toHaveLength(1);
  });

  it.each([["?sort=best"], ["?status=OPEN"], ["?page=0"], ["?pageSize=1000"], ["?colour=red"], ["?sort=votes&sort=newest"], ["?teamId=a%00b"]])("refuses %s with 400", async (qs) => {
    const res = await list(acme, qs);
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("validation_failed");
  });

  it("answers a team filter of another organization with 404", async () => {
    const theirs = await makeTeam(globex.orgId);
    expect((await list(acme, `?teamId=${theirs.id}`)).status).toBe(404);
  });
});

describe("GET /api/v1/ideas/{id} and POST /api/v1/ideas/{id}/status", () => {
  it("moves an idea with a note and shows the history", async () => {
    const { id } = await submitIdea(acme.orgId, null, { title: "Move me" });
    const res = await move(acme, id, { status: "UNDER_REVIEW", note: "The committee will look at it" });
    expect(res.status).toBe(200);
    const idea = ideaDetailSchema.parse(res.json);
    expect(idea.status).toBe("UNDER_REVIEW");
    expect(idea.history).toEqual([expect.objectContaining({ fromStatus: "NEW", toStatus: "UNDER_REVIEW", note: "The committee will look at it", changedByName: null })]);
    expect(ideaDetailSchema.parse((await get(acme, id)).json).history).toHaveLength(1);
    const audit = await db.auditLog.findFirst({ where: { orgId: acme.orgId, action: "idea.status", targetId: id } });
    expect(audit?.actorKeyId).toBe(acme.apiKeyId);
  });

  it("refuses an illegal move with 409 and a move without a note with 400, changing nothing", async () => {
    const { id } = await submitIdea(acme.orgId, null);
    const illegal = await move(acme, id, { status: "NEW", note: "Again" });
    expect(illegal.status).toBe(409);
    expect(illegal.json.error?.code).toBe("conflict");
    for (const body of [{ status: "PLANNED" }, { status: "PLANNED", note: "" }, { status: "SHIPPED", note: "x" }, { status: "PLANNED", note: "x", extra: 1 }, [], "PLANNED"]) {
      const res = await move(acme, id, body);
      expect(res.status).toBe(400);
    }
    expect(await db.ideaStatusChange.count({ where: { ideaId: id } })).toBe(0);
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).status).toBe("NEW");
  });

  it("answers another organization's idea, and ids that can't exist, with 404 for every verb", async () => {
    const theirs = await submitIdea(globex.orgId, globex.ownerId, { title: "Not yours" });
    for (const id of [theirs.id, "does-not-exist", "a%00b", "x".repeat(65)]) {
      const read = await get(acme, id);
      expect(read.status).toBe(404);
      expect(read.json.error?.code).toBe("not_found");
      const write = await move(acme, id, { status: "UNDER_REVIEW", note: "Sneaky" });
      expect(write.status).toBe(404);
    }
    expect((await db.idea.findUniqueOrThrow({ where: { id: theirs.id } })).status).toBe("NEW");
    expect(await db.ideaStatusChange.count({ where: { ideaId: theirs.id } })).toBe(0);
  });

  it("is described in the OpenAPI document with request and response schemas", async () => {
    const doc = (await call(openapi.GET as never, "GET")).json as { paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, { content?: unknown }> }>> };
    expect(doc.paths["/api/v1/ideas"]?.get?.responses["200"]?.content).toBeDefined();
    expect(doc.paths["/api/v1/ideas"]?.post?.requestBody).toBeDefined();
    expect(doc.paths["/api/v1/ideas"]?.post?.responses["201"]?.content).toBeDefined();
    expect(doc.paths["/api/v1/ideas/{id}"]?.get?.responses["200"]?.content).toBeDefined();
    expect(doc.paths["/api/v1/ideas/{id}/status"]?.post?.requestBody).toBeDefined();
    expect(doc.paths["/api/v1/ideas/{id}/status"]?.post?.responses["409"]).toBeDefined();
  });
});
