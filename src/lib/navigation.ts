import { can, type Permission, type Role } from "./roles";

export type NavItem = { href: string; label: string; permission: Permission };

/** The app shell's navigation; each entry shows only to roles that may use it. */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", permission: "org:read" },
  { href: "/dashboard", label: "Dashboard", permission: "dashboard:read" },
  { href: "/inbox", label: "Inbox", permission: "pulses:answer" },
  { href: "/teams/mine", label: "My team", permission: "teams:read" },
  { href: "/ideas", label: "Ideas", permission: "ideas:submit" },
  { href: "/committee", label: "CX committee", permission: "committee:read" },
  { href: "/follow-ups", label: "Follow-ups", permission: "followups:work" },
  { href: "/surveys", label: "Surveys", permission: "responses:read" },
  { href: "/journeys", label: "Journeys", permission: "journeys:read" },
  { href: "/settings/teams", label: "Teams", permission: "teams:read" },
  { href: "/settings/members", label: "Members", permission: "members:read" },
  { href: "/settings/api-keys", label: "API keys", permission: "apikeys:manage" },
  { href: "/settings", label: "Settings", permission: "org:update" },
  { href: "/imports", label: "Import", permission: "responses:import" },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
