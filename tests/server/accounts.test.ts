import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { verifyCredentials, SIGN_IN_LIMITS } from "@/server/auth/verify-credentials";
import { createOrganization } from "@/server/orgs/create-organization";
import { acceptInvitation, createInvitation } from "@/server/members/invitations";
import { removeMember, updateMember } from "@/server/members/members";
import { makeMember, makeOrg, makeTeam, TEST_PASSWORD } from "../factories";

describe("sign-up", () => {
  it("creates the organization and its owner, and never returns the password hash", async () => {
    const created = await createOrganization(db, { orgName: "Initech", ownerName: "Peter", email: "  Peter@Initech.TEST ", password: TEST_PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { id: created.ownerId } });
    expect(user.email).toBe("peter@initech.test");
    expect(user).not.toHaveProperty("passwordHash");
    const membership = await db.membership.findUniqueOrThrow({ where: { id: created.membershipId } });
    expect(membership).toMatchObject({ role: "OWNER", orgId: created.orgId });
  });

  it("refuses an email that already has an account", async () => {
    const org = await makeOrg();
    await expect(createOrganization(db, { orgName: "Again", ownerName: "X", email: org.email, password: TEST_PASSWORD })).rejects.toMatchObject({ code: "conflict" });
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown account", async () => {
    const org = await makeOrg();
    const ok = await verifyCredentials(db, { email: org.email.toUpperCase(), password: TEST_PASSWORD, address: "10.0.0.1" });
    expect(ok).toMatchObject({ id: org.ownerId, orgId: org.orgId });
    expect(await verifyCredentials(db, { email: org.email, password: "wrong password!", address: "10.0.0.1" })).toBeNull();
    expect(await verifyCredentials(db, { email: "nobody@example.test", password: TEST_PASSWORD, address: "10.0.0.1" })).toBeNull();
  });

  it("limits attempts per account, even with the right password, across addresses", async () => {
    const org = await makeOrg();
    for (let i = 0; i < SIGN_IN_LIMITS.account.limit; i++) {
      expect(await verifyCredentials(db, { email: org.email, password: "wrong password!", address: `10.1.0.${i}` })).toBeNull();
    }
    await expect(verifyCredentials(db, { email: org.email, password: TEST_PASSWORD, address: "10.1.1.1" })).rejects.toMatchObject({ code: "rate_limited" });
    const row = await db.rateLimit.findUnique({ where: { key: `signin:account:${org.email}` } });
    expect(row?.count).toBeGreaterThan(SIGN_IN_LIMITS.account.limit);
  });

  it("limits attempts per address across accounts", async () => {
    const address = "10.2.0.1";
    await db.rateLimit.create({ data: { key: `signin:address:${address}`, count: SIGN_IN_LIMITS.address.limit, windowStart: new Date(), expiresAt: new Date(Date.now() + 60_000) } });
    const org = await makeOrg();
    await expect(verifyCredentials(db, { email: org.email, password: TEST_PASSWORD, address })).rejects.toBeInstanceOf(AppError);
    expect(await verifyCredentials(db, { email: org.email, password: TEST_PASSWORD, address: "10.2.0.2" })).not.toBeNull();
  });

  it("a successful sign-in clears the account's counter", async () => {
    const org = await makeOrg();
    await verifyCredentials(db, { email: org.email, password: "wrong password!", address: "10.3.0.1" });
    await verifyCredentials(db, { email: org.email, password: TEST_PASSWORD, address: "10.3.0.1" });
    expect(await db.rateLimit.findUnique({ where: { key: `signin:account:${org.email}` } })).toBeNull();
  });
});

describe("invitations", () => {
  it("an invited person sets a password and joins with the role and team", async () => {
    const org = await makeOrg();
    const team = await makeTeam(org.orgId);
    const invite = await createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { role: "MANAGER", teamId: team.id, email: "new.manager@example.test" } });
    const joined = await acceptInvitation(db, { input: { token: invite.token, name: "Nina", email: "new.manager@example.test", password: TEST_PASSWORD } });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: joined.membershipId } });
    expect(membership).toMatchObject({ orgId: org.orgId, role: "MANAGER", teamId: team.id });
    expect(await verifyCredentials(db, { email: "new.manager@example.test", password: TEST_PASSWORD, address: "10.4.0.1" })).toMatchObject({ orgId: org.orgId });
  });

  it("a token works once, and an address-bound token only for that address", async () => {
    const org = await makeOrg();
    const bound = await createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { role: "FRONTLINE", email: "only.me@example.test" } });
    await expect(acceptInvitation(db, { input: { token: bound.token, name: "X", email: "someone.else@example.test", password: TEST_PASSWORD } })).rejects.toMatchObject({ code: "validation_failed" });
    const open = await createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { role: "FRONTLINE" } });
    await acceptInvitation(db, { input: { token: open.token, name: "First", email: "first@example.test", password: TEST_PASSWORD } });
    await expect(acceptInvitation(db, { input: { token: open.token, name: "Second", email: "second@example.test", password: TEST_PASSWORD } })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.user.findUnique({ where: { email: "second@example.test" } })).toBeNull();
  });

  it("an expired token is refused", async () => {
    const org = await makeOrg();
    const invite = await createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { role: "HR" }, now: new Date(Date.now() - 8 * 24 * 3600 * 1000) });
    await expect(acceptInvitation(db, { input: { token: invite.token, name: "Late", email: "late@example.test", password: TEST_PASSWORD } })).rejects.toMatchObject({ code: "not_found" });
  });

  it("only an owner can invite an owner, and a team must be the organization's own", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const foreignTeam = await makeTeam(other.orgId);
    await expect(createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "ADMIN", input: { role: "OWNER" } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(createInvitation(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { role: "FRONTLINE", teamId: foreignTeam.id } })).rejects.toMatchObject({ code: "validation_failed" });
  });
});

describe("members", () => {
  it("changes a role and team, and keeps at least one owner", async () => {
    const org = await makeOrg();
    const team = await makeTeam(org.orgId);
    const m = await makeMember(org.orgId, { role: "FRONTLINE" });
    await updateMember(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { membershipId: m.membershipId, role: "MANAGER", teamId: team.id } });
    expect(await db.membership.findUniqueOrThrow({ where: { id: m.membershipId } })).toMatchObject({ role: "MANAGER", teamId: team.id });
    await expect(updateMember(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", input: { membershipId: org.membershipId, role: "ADMIN", teamId: null } })).rejects.toMatchObject({ code: "conflict" });
  });

  it("an admin can't touch an owner; nobody can reach another organization's member", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const admin = await makeMember(org.orgId, { role: "ADMIN" });
    await expect(removeMember(db, { orgId: org.orgId, actorUserId: admin.userId, actorRole: "ADMIN", membershipId: org.membershipId })).rejects.toMatchObject({ code: "forbidden" });
    const stranger = await makeMember(other.orgId);
    await expect(removeMember(db, { orgId: org.orgId, actorUserId: org.ownerId, actorRole: "OWNER", membershipId: stranger.membershipId })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.membership.findUnique({ where: { id: stranger.membershipId } })).not.toBeNull();
  });
});
