/**
 * The follow-ups API: an organization's key lists, reads, updates and annotates its cases;
 * another organization's key gets 404 on every one of them; bad input is a 4xx in the error
 * shape and changes nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/follow-ups/route";
import * as itemRoute from "@/app/api/v1/follow-ups/[id]/route";
import * as notesRoute from "@/app/api/v1/follow-ups/[id]/notes/route";
import { buildOpenApiDocument } from "@/server/api/openapi";
import { db } from "@/server/db";
import { makeMember, makeOrg, makeTeam } from "../factories";
import { makeCommentSurvey, makeFollowUp } from "../factories/follow-ups";
import { call } from "../http";

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let store: string, followUpId: string, manager: string, outsider: string;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  const survey = await makeCommentSurvey(acme.orgId, "NPS");
  store = (await makeTeam(acme.orgId, { name: "Downtown" })).id;
  const other = (await makeTeam(acme.orgId, { name: "Harbour" })).id;
  manager = (await makeMember(acme.orgId, { role: "MANAGER", teamId: store, name: "Sam Store" })).userId;
  outsider = (await makeMember(acme.orgId, { role: "FRONTLINE", teamId: other })).userId;
  followUpId = (await makeFollowUp(acme.orgId, survey, { teamId: store, score: 3, comment: "Cold coffee" })).followUpId;
});

const item = (id = followUpId) => ({ params: { id } });

describe("GET /api/v1/follow-ups", () => {
  it("lists the organization's cases with pagination and filters", async () => {
    const res = await call(listRoute.GET, "GET", { key: acme.apiKey, url: "http://localhost/api/v1/follow-ups?limit=10" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ total: 1, limit: 10, offset: 0, nextOffset: null });
    expect((res.json.followUps as unknown[])[0]).toMatchObject({ id: followUpId, status: "OPEN", teamName: "Downtown", score: 3, comment: "Cold coffee", metric: "NPS" });
    const closed = await call(listRoute.GET, "GET", { key: acme.apiKey, url: "http://localhost/api/v1/follow-ups?status=CLOSED" });
    expect(closed.json.total).toBe(0);
  });

  it("answers 400 for bad parameters, 404 for another organization's team, 401 without a key", async () => {
    for (const q of ["limit=0", "limit=101", "status=DONE", "metric=ENPS", "owner=%00", "foo=1", "limit=1&limit=2"]) {
      const res = await call(listRoute.GET, "GET", { key: acme.apiKey, url: `http://localhost/api/v1/follow-ups?${q}` });
      expect([q, res.status, res.json.error?.code]).toEqual([q, 400, "validation_failed"]);
    }
    const theirTeam = await makeTeam(globex.orgId);
    expect((await call(listRoute.GET, "GET", { key: acme.apiKey, url: `http://localhost/api/v1/follow-ups?teamId=${theirTeam.id}` })).status).toBe(404);
    expect((await call(listRoute.GET, "GET", { url: "http://localhost/api/v1/follow-ups" })).status).toBe(401);
    const theirs = await call(listRoute.GET, "GET", { key: globex.apiKey, url: "http://localhost/api/v1/follow-ups" });
    expect(theirs.json.total).toBe(0);
  });
});

describe("one case", () => {
  it("is a 404 for another organization's key, on every operation, and nothing changes", async () => {
    const key = globex.apiKey;
    expect((await call(itemRoute.GET, "GET", { key, ...item() })).status).toBe(404);
    expect((await call(itemRoute.PATCH, "PATCH", { key, ...item(), body: { status: "IN_PROGRESS" } })).status).toBe(404);
    expect((await call(notesRoute.POST, "POST", { key, ...item(), body: { body: "hi" } })).status).toBe(404);
    expect((await call(itemRoute.GET, "GET", { key: acme.apiKey, ...item("not a valid id!") })).status).toBe(404);
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).toMatchObject({ status: "OPEN", firstActionAt: null });
  });

  it("refuses bad changes with 400 and the issue's path", async () => {
    const bad = [
      [{}, []],
      [{ status: "CLOSED" }, ["outcome"]],
      [{ status: "CLOSED", outcome: "   " }, ["outcome"]],
      [{ status: "DONE" }, ["status"]],
      [{ ownerId: outsider }, ["ownerId"]],
      [{ outcome: "x" }, ["outcome"]],
      [{ extra: 1 }, []],
    ] as const;
    for (const [body, path] of bad) {
      const res = await call(itemRoute.PATCH, "PATCH", { key: acme.apiKey, ...item(), body });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      expect(res.json.error?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
    expect((await call(itemRoute.PATCH, "PATCH", { key: acme.apiKey, ...item(), rawBody: "{", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await call(itemRoute.PATCH, "PATCH", { key: acme.apiKey, ...item(), rawBody: "x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await call(notesRoute.POST, "POST", { key: acme.apiKey, ...item(), body: { body: "" } })).status).toBe(400);
    expect((await call(notesRoute.POST, "POST", { key: acme.apiKey, ...item(), body: { body: "a\u0000b" } })).status).toBe(400);
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).toMatchObject({ status: "OPEN", ownerId: null, firstActionAt: null });
  });

  it("assigns, annotates and closes; the owner is notified; the key's note has no author", async () => {
    const assigned = await call(itemRoute.PATCH, "PATCH", { key: acme.apiKey, ...item(), body: { ownerId: manager, status: "IN_PROGRESS" } });
    expect(assigned.status).toBe(200);
    expect(assigned.json).toMatchObject({ ownerId: manager, ownerName: "Sam Store", status: "IN_PROGRESS" });
    expect(assigned.json.firstActionAt).toEqual(expect.any(String));
    expect(await db.notification.count({ where: { userId: manager, kind: "followup.assigned" } })).toBe(1);
    const noted = await call(notesRoute.POST, "POST", { key: acme.apiKey, ...item(), body: { body: "Called the customer" } });
    expect(noted.status).toBe(201);
    expect(noted.json.notes).toEqual([expect.objectContaining({ body: "Called the customer", authorId: null, authorName: null })]);
    expect(noted.json.firstActionAt).toBe(assigned.json.firstActionAt);
    const closed = await call(itemRoute.PATCH, "PATCH", { key: acme.apiKey, ...item(), body: { status: "CLOSED", outcome: "Sent a voucher" } });
    expect(closed.json).toMatchObject({ status: "CLOSED", outcome: "Sent a voucher", timeToCloseSeconds: expect.any(Number) });
    const got = await call(itemRoute.GET, "GET", { key: acme.apiKey, ...item() });
    // Batch responses keep the comment on the response only (no open-text answer row).
    expect(got.json).toMatchObject({ status: "CLOSED", comment: "Cold coffee", answers: [{ value: "3 of 10" }] });
  });
});

it("describes the four operations in the OpenAPI document", () => {
  const doc = buildOpenApiDocument();
  expect(Object.keys(doc.paths["/api/v1/follow-ups"] ?? {})).toEqual(["get"]);
  expect(Object.keys(doc.paths["/api/v1/follow-ups/{id}"] ?? {}).sort()).toEqual(["get", "patch"]);
  expect(Object.keys(doc.paths["/api/v1/follow-ups/{id}/notes"] ?? {})).toEqual(["post"]);
});
