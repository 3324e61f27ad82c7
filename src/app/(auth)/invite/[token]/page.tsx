import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS } from "@/lib/roles";
import { db } from "@/server/db";
import { unsafeFindInvitationByToken } from "@/server/members/invitations";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Join your organization" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = token.length <= 200 ? await unsafeFindInvitationByToken(db, { token }) : null;
  if (!invitation) {
    return (
      <>
        <h1 className="mb-2 text-xl font-semibold">This invitation can&apos;t be used</h1>
        <p className="text-sm text-slate-600">
          The link is invalid, was already used, or has expired. Ask whoever invited you for a new one, or{" "}
          <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
            sign in
          </Link>
          .
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Join {invitation.org.name}</h1>
      <p className="mb-6 text-sm text-slate-600">
        You are invited as <strong>{ROLE_LABELS[invitation.role]}</strong>. Set your name and a password to join. If you already have a Tandem
        account, use its email and password.
      </p>
      <AcceptInviteForm token={token} email={invitation.email} />
    </>
  );
}
