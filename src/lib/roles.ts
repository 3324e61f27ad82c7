/**
 * Roles and what each may do: the permission table every entry point checks
 * (shared/DESIGN.md, "Who uses it"). Kept isomorphic so the navigation can hide what a role
 * can't use; the server still checks on every request.
 */
export const ROLES = ["OWNER", "ADMIN", "CX_LEADER", "HR", "MANAGER", "FRONTLINE"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  CX_LEADER: "CX leader",
  HR: "HR / people",
  MANAGER: "Team manager",
  FRONTLINE: "Frontline",
};

const EVERYONE = ROLES;
const ADMINS = ["OWNER", "ADMIN"] as const;

export const PERMISSIONS = {
  "org:read": EVERYONE,
  "org:update": ADMINS,
  "teams:read": EVERYONE,
  "teams:manage": ADMINS,
  "members:read": ["OWNER", "ADMIN", "CX_LEADER", "HR", "MANAGER"],
  "members:manage": ADMINS,
  "apikeys:manage": ADMINS,
  "audit:read": ADMINS,
  "surveys:manage": ["OWNER", "ADMIN", "CX_LEADER", "HR"],
  "metrics:read": EVERYONE,
  // Managers see responses of their own subtree only (enforced where responses are read).
  "responses:read": ["OWNER", "ADMIN", "CX_LEADER", "HR", "MANAGER"],
  "responses:import": ["OWNER", "ADMIN", "CX_LEADER", "HR"],
  "pulses:answer": EVERYONE,
  "journeys:read": EVERYONE,
  "journeys:manage": ["OWNER", "ADMIN", "CX_LEADER", "HR"],
  // The joint dashboard: each role sees its own scope (managers their subtree, frontline
  // staff their team), always within the anonymity rules.
  "dashboard:read": EVERYONE,
  // Submit, vote on and comment on ideas; follow what became of them.
  "ideas:submit": EVERYONE,
  // Move ideas through the status workflow and merge duplicates (managers: their subtree's ideas).
  "ideas:review": ["OWNER", "ADMIN", "CX_LEADER", "MANAGER"],
  "committee:read": ["OWNER", "ADMIN", "CX_LEADER", "MANAGER"],
  // Work detractor follow-ups: CX leaders and admins everywhere, managers their subtree,
  // frontline staff their own team's.
  "followups:work": ["OWNER", "ADMIN", "CX_LEADER", "MANAGER", "FRONTLINE"],
  // Pass a promoter's comment to a team as kudos.
  "kudos:send": ["OWNER", "ADMIN", "CX_LEADER", "MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Only an owner may make or unmake owners; admins manage everyone else. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (target === "OWNER") return actor === "OWNER";
  return actor === "OWNER" || actor === "ADMIN";
}
