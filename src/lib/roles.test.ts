import { describe, expect, it } from "vitest";
import { can, canAssignRole, ROLES } from "./roles";
import { navFor } from "./navigation";

describe("permissions", () => {
  it("keeps administration to owners and admins", () => {
    for (const role of ROLES) {
      const admin = role === "OWNER" || role === "ADMIN";
      expect(can(role, "members:manage")).toBe(admin);
      expect(can(role, "apikeys:manage")).toBe(admin);
      expect(can(role, "teams:manage")).toBe(admin);
      expect(can(role, "org:update")).toBe(admin);
    }
  });

  it("lets only owners make owners", () => {
    expect(canAssignRole("OWNER", "OWNER")).toBe(true);
    expect(canAssignRole("ADMIN", "OWNER")).toBe(false);
    expect(canAssignRole("ADMIN", "MANAGER")).toBe(true);
    expect(canAssignRole("MANAGER", "FRONTLINE")).toBe(false);
  });

  it("shows frontline staff no administration in the navigation", () => {
    expect(navFor("FRONTLINE").map((i) => i.href)).toEqual(["/", "/dashboard", "/inbox", "/teams/mine", "/ideas", "/follow-ups", "/journeys", "/settings/teams"]);
    expect(navFor("OWNER").map((i) => i.href)).toContain("/settings/api-keys");
  });
});
