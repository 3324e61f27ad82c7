import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v1/teams/route";
import * as item from "@/app/api/v1/teams/[id]/route";
import { db } from "@/server/db";
import { makeOrg } from "../factories";
import { call } from "../http";

let acme: Awaited<ReturnType<typeof makeOrg>>;
let globex: Awaited<ReturnType<typeof makeOrg>>;

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
});

const teamCount = (orgId: string) => db.team.count({ where: { orgId } });

describe("POST /api/v1/teams", () => {
  it("creates a team and a child, and lists them", async () => {
    const region = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "North" } });
    expect(region.status).toBe(201);
    expect(region.json).toMatchObject({ name: "North", parentId: null });
    expect(typeof region.json.id).toBe("string");

    const store = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Store 1", parentId: region.json.id } });
    expect(store.status).toBe(201);
    expect(store.json.parentId).toBe(region.json.id);

    const list = await call(collection.GET, "GET", { key: acme.apiKey });
    expect(list.status).toBe(200);
    const names = (list.json.teams as { name: string }[]).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["North", "Store 1"]));
  });

  it("records an audit entry for the key", async () => {
    const created = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Audited" } });
    const entry = await db.auditLog.findFirst({ where: { orgId: acme.orgId, targetId: created.json.id as string } });
    expect(entry).toMatchObject({ action: "team.create", actorKeyId: acme.apiKeyId });
  });

  it.each([
    ["missing name", {}],
    ["empty name", { name: "   " }],
    ["name over 200 characters", { name: "x".repeat(201) }],
    ["name of the wrong type", { name: 42 }],
    ["unknown field", { name: "Ok", colour: "red" }],
    ["array body", [{ name: "Ok" }]],
  ])("refuses %s with 400 and stores nothing", async (_label, body) => {
    const before = await teamCount(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: "validation_failed" });
    expect(Array.isArray(res.json.error?.issues)).toBe(true);
    expect(await teamCount(acme.orgId)).toBe(before);
  });

  it("refuses a NUL character anywhere in the body with 400", async () => {
    const before = await teamCount(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "bad\u0000name" } });
    expect(res.status).toBe(400);
    expect(await teamCount(acme.orgId)).toBe(before);
  });

  it("accepts a name of exactly 200 characters", async () => {
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "y".repeat(200) } });
    expect(res.status).toBe(201);
  });

  it("refuses malformed JSON, a non-JSON body and an empty body", async () => {
    const before = await teamCount(acme.orgId);
    const bad = await call(collection.POST, "POST", { key: acme.apiKey, rawBody: '{"name": "x"' });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe("bad_request");
    const text = await call(collection.POST, "POST", { key: acme.apiKey, rawBody: "name=x", headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const empty = await call(collection.POST, "POST", { key: acme.apiKey, rawBody: "" });
    expect(empty.status).toBe(400);
    expect(await teamCount(acme.orgId)).toBe(before);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const before = await teamCount(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, rawBody: JSON.stringify({ name: "big", pad: "z".repeat(1_100_000) }) });
    expect(res.status).toBe(413);
    expect(res.json.error?.code).toBe("payload_too_large");
    expect(await teamCount(acme.orgId)).toBe(before);
  });

  it("refuses a parent from another organization as if it did not exist", async () => {
    const foreign = await call(collection.POST, "POST", { key: globex.apiKey, body: { name: "Globex HQ" } });
    const before = await teamCount(acme.orgId);
    const res = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Sneaky", parentId: foreign.json.id } });
    expect(res.status).toBe(400);
    expect(await teamCount(acme.orgId)).toBe(before);
  });
});

describe("authentication", () => {
  it.each([
    ["no header", undefined],
    ["a forged key", "tdm_forged-key-that-does-not-exist"],
    ["a key of the wrong shape", "hello"],
  ])("answers 401 for %s", async (_label, key) => {
    const res = await call(collection.GET, "GET", { key });
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe("unauthorized");
  });

  it("refuses a revoked key", async () => {
    const org = await makeOrg();
    await db.apiKey.update({ where: { id: org.apiKeyId }, data: { revokedAt: new Date() } });
    const res = await call(collection.GET, "GET", { key: org.apiKey });
    expect(res.status).toBe(401);
  });
});

describe("/api/v1/teams/{id}", () => {
  it("gets, renames, moves and deletes", async () => {
    const a = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "A" } });
    const b = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "B" } });
    const id = a.json.id as string;

    const got = await call(item.GET, "GET", { key: acme.apiKey, params: { id } });
    expect(got.status).toBe(200);
    expect(got.json.name).toBe("A");

    const renamed = await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id }, body: { name: "A2" } });
    expect(renamed.status).toBe(200);
    expect(renamed.json.name).toBe("A2");

    const moved = await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id }, body: { parentId: b.json.id } });
    expect(moved.json.parentId).toBe(b.json.id);

    const blocked = await call(item.DELETE, "DELETE", { key: acme.apiKey, params: { id: b.json.id as string } });
    expect(blocked.status).toBe(409);

    const deleted = await call(item.DELETE, "DELETE", { key: acme.apiKey, params: { id } });
    expect(deleted.status).toBe(204);
    expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id } })).status).toBe(404);
  });

  it("refuses to move a team under its own descendant", async () => {
    const top = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Top" } });
    const mid = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Mid", parentId: top.json.id } });
    const leaf = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Leaf", parentId: mid.json.id } });
    const self = await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id: top.json.id as string }, body: { parentId: top.json.id } });
    expect(self.status).toBe(400);
    const cycle = await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id: top.json.id as string }, body: { parentId: leaf.json.id } });
    expect(cycle.status).toBe(400);
    const unchanged = await db.team.findUniqueOrThrow({ where: { id: top.json.id as string } });
    expect(unchanged.parentId).toBeNull();
  });

  it("refuses an empty patch", async () => {
    const t = await call(collection.POST, "POST", { key: acme.apiKey, body: { name: "Patchable" } });
    const res = await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id: t.json.id as string }, body: {} });
    expect(res.status).toBe(400);
  });

  it("answers 404 for another organization's team, whatever the verb, and changes nothing", async () => {
    const theirs = await call(collection.POST, "POST", { key: globex.apiKey, body: { name: "Globex only" } });
    const id = theirs.json.id as string;
    expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id } })).status).toBe(404);
    expect((await call(item.PATCH, "PATCH", { key: acme.apiKey, params: { id }, body: { name: "Pwned" } })).status).toBe(404);
    expect((await call(item.DELETE, "DELETE", { key: acme.apiKey, params: { id } })).status).toBe(404);
    const still = await db.team.findUniqueOrThrow({ where: { id } });
    expect(still.name).toBe("Globex only");
    const list = await call(collection.GET, "GET", { key: acme.apiKey });
    expect((list.json.teams as { id: string }[]).some((t) => t.id === id)).toBe(false);
  });

  it("answers 404 for an unknown id", async () => {
    expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id: "nope" } })).status).toBe(404);
    expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id: "x".repeat(500) } })).status).toBe(404);
    expect((await call(item.GET, "GET", { key: acme.apiKey, params: { id: "a\u0000b" } })).status).toBe(404);
    expect((await call(item.DELETE, "DELETE", { key: acme.apiKey, params: { id: "../x" } })).status).toBe(404);
  });
});
