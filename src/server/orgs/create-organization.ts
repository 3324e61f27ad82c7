import { AppError } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { hashPassword } from "../passwords";
import { recordAudit } from "../audit/record-audit";

export type CreateOrganizationOptions = { orgName: string; ownerName: string; email: string; password: string };
export type CreatedOrganization = { orgId: string; ownerId: string; membershipId: string };

/**
 * Sign-up: a new organization and its owner, in one transaction. An email that already has
 * an account is refused (it can be invited into other organizations instead).
 */
export async function createOrganization(db: Db, options: CreateOrganizationOptions): Promise<CreatedOrganization> {
  const email = options.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
  const passwordHash = await hashPassword(options.password);
  try {
    return await db.$transaction(async (tx) => {
      const org = await tx.organization.create({ data: { name: options.orgName.trim() }, select: { id: true } });
      const user = await tx.user.create({ data: { email, name: options.ownerName.trim(), passwordHash }, select: { id: true } });
      const membership = await tx.membership.create({ data: { orgId: org.id, userId: user.id, role: "OWNER" }, select: { id: true } });
      await recordAudit(tx, { orgId: org.id, actor: { userId: user.id }, action: "org.create", targetType: "Organization", targetId: org.id });
      return { orgId: org.id, ownerId: user.id, membershipId: membership.id };
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
    throw error;
  }
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
