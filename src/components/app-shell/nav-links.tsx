"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

function isActive(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  if (href === "/settings") return pathname === "/settings";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export type NavBadge = { count: number; label: string };

/** A pill with the count; the link's accessible name says it in words ("Inbox, 3 unread"). */
function Badge({ badge }: { badge: NavBadge }) {
  return (
    <span aria-hidden data-testid="nav-badge" className="ml-2 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-600 px-1.5 text-xs font-semibold tabular-nums text-white">
      {badge.count > 99 ? "99+" : badge.count}
    </span>
  );
}

export function NavLinks({ items, badges = {} }: { items: NavItem[]; badges?: Record<string, NavBadge> }) {
  const pathname = usePathname();
  return (
    <ul className="flex gap-1 overflow-x-auto md:flex-col">
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        const badge = badges[item.href];
        const shown = badge && badge.count > 0 ? badge : undefined;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              aria-label={shown ? `${item.label}, ${shown.count} ${shown.label}` : undefined}
              className={`block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {item.label}
              {shown ? <Badge badge={shown} /> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
