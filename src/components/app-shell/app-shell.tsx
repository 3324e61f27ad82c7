import Link from "next/link";
import type { ReactNode } from "react";
import { navFor } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/roles";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import { countUnreadNotifications } from "@/server/pulses/notifications";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

/** Rendered on the server with the member's unread count, so the badge needs no client fetch. */
export async function AppShell({ member, children }: { member: MemberContext; children: ReactNode }) {
  const unread = await countUnreadNotifications(db, { orgId: member.orgId, userId: member.userId });
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <span aria-hidden className="inline-block h-5 w-5 rounded-full bg-gradient-to-br from-brand-500 to-ex-500" />
            Tandem
            <span className="hidden text-sm font-normal text-slate-500 sm:inline">· {member.orgName}</span>
          </Link>
          <div className="flex items-center gap-3 text-sm">
            <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
              {member.name} <span className="text-slate-500">({ROLE_LABELS[member.role]})</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label="Main" className="md:w-52 md:shrink-0">
          <NavLinks items={navFor(member.role)} badges={{ "/inbox": { count: unread, label: "unread" } }} />
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
