/**
 * The demo's teams and people: a region → store tree, head office, support, and a frontline
 * in every store of realistic, uneven size (a few stores too small to ever reach k).
 */
import type { Prisma, Role } from "@/generated/prisma/client";
import type { DemoContext } from "./generate-demo";
import { DEMO_FRONTLINE, FIRST_NAMES, LAST_NAMES, LEADERS, OWNER, TEAM_SPECS, emailFor, type TeamKind, type TeamSpec } from "./org-chart";

export type DemoTeam = { id: string; key: string; name: string; kind: TeamKind; spec: TeamSpec };
export type DemoPerson = { userId: string; name: string; firstName: string; email: string; role: Role; teamKey: string | null };

export type DemoOrg = {
  teams: DemoTeam[];
  team(key: string): DemoTeam;
  people: DemoPerson[];
  /** Who answers a team's pulse: its frontline and its own manager. */
  staff: Map<string, DemoPerson[]>;
  /** A team's direct manager (stores, support, regions). */
  managers: Map<string, DemoPerson>;
  cxLeader: DemoPerson;
  hr: DemoPerson;
  /** The named frontline associate people sign in as. */
  demoFrontline: DemoPerson;
  rows: {
    teams: Prisma.TeamCreateManyInput[];
    users: Prisma.UserCreateManyInput[];
    memberships: Prisma.MembershipCreateManyInput[];
  };
};

export function generateOrg(ctx: DemoContext, passwordHash: string): DemoOrg {
  const random = ctx.random.fork("org");
  const createdAt = ctx.orgCreatedAt;

  const teams: DemoTeam[] = TEAM_SPECS.map((spec) => ({ id: ctx.newId(), key: spec.key, name: spec.name, kind: spec.kind, spec }));
  const byKey = new Map(teams.map((t) => [t.key, t]));
  const team = (key: string): DemoTeam => {
    const found = byKey.get(key);
    if (!found) throw new Error(`Unknown demo team "${key}"`);
    return found;
  };
  // TEAM_SPECS lists parents before children, so one createMany satisfies the foreign key.
  const teamRows: Prisma.TeamCreateManyInput[] = teams.map((t) => ({
    id: t.id,
    orgId: ctx.orgId,
    name: t.name,
    parentId: t.spec.parent ? team(t.spec.parent).id : null,
    createdAt,
    updatedAt: createdAt,
  }));

  const people: DemoPerson[] = [
    { userId: ctx.ownerId, name: OWNER.name, firstName: firstName(OWNER.name), email: OWNER.email, role: "OWNER", teamKey: "head-office" },
  ];
  const used = new Set<string>([OWNER.email]);
  const add = (name: string, role: Role, teamKey: string | null): DemoPerson => {
    const person = { userId: ctx.newId(), name, firstName: firstName(name), email: emailFor(name), role, teamKey };
    if (used.has(person.email)) throw new Error(`Duplicate demo email ${person.email}`);
    used.add(person.email);
    people.push(person);
    return person;
  };

  for (const leader of LEADERS) add(leader.name, leader.role, leader.team);
  const cxLeaderPerson = people.find((p) => p.role === "CX_LEADER");
  const hrPerson = people.find((p) => p.role === "HR");

  const managers = new Map<string, DemoPerson>();
  for (const t of teams) {
    if (t.spec.manager) managers.set(t.key, add(t.spec.manager, "MANAGER", t.key));
  }

  // Frontline names are drawn without replacement from first × last, skipping anyone whose
  // name is already taken by a named person.
  const takenNames = new Set(people.map((p) => p.name));
  takenNames.add(DEMO_FRONTLINE.name);
  const namePool = random.shuffle(FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`))).filter((n) => !takenNames.has(n));
  let nextName = 0;
  const staff = new Map<string, DemoPerson[]>();
  let demoFrontline: DemoPerson | undefined;
  for (const t of teams) {
    if (!t.spec.frontline) continue;
    const members: DemoPerson[] = [];
    if (t.key === DEMO_FRONTLINE.team) {
      demoFrontline = add(DEMO_FRONTLINE.name, "FRONTLINE", t.key);
      members.push(demoFrontline);
    }
    while (members.length < t.spec.frontline) {
      const name = namePool[nextName++];
      if (!name) throw new Error("Ran out of demo names");
      members.push(add(name, "FRONTLINE", t.key));
    }
    const manager = managers.get(t.key);
    staff.set(t.key, manager ? [...members, manager] : members);
  }
  if (!cxLeaderPerson || !hrPerson || !demoFrontline) throw new Error("The demo org chart lacks a CX leader, HR or the demo frontline");

  const users: Prisma.UserCreateManyInput[] = people
    .filter((p) => p.userId !== ctx.ownerId)
    .map((p) => ({ id: p.userId, email: p.email, name: p.name, passwordHash, createdAt, updatedAt: createdAt }));
  const memberships: Prisma.MembershipCreateManyInput[] = people
    .filter((p) => p.userId !== ctx.ownerId)
    .map((p) => ({
      id: ctx.newId(),
      orgId: ctx.orgId,
      userId: p.userId,
      role: p.role,
      teamId: p.teamKey ? team(p.teamKey).id : null,
      createdAt,
      updatedAt: createdAt,
    }));

  return {
    teams,
    team,
    people,
    staff,
    managers,
    cxLeader: cxLeaderPerson,
    hr: hrPerson,
    demoFrontline,
    rows: { teams: teamRows, users, memberships },
  };
}

function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}
