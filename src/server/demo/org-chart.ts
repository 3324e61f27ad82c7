/**
 * Who works at Northwind Outfitters, the demo's outdoor-clothing chain: the team tree, the
 * named leaders people sign in as, and the name pools the frontline is drawn from.
 */
import type { Role } from "@/generated/prisma/client";
import { DEMO_ORG_NAME, DEMO_OWNER_EMAIL, DEMO_OWNER_NAME, DEMO_PASSWORD } from "./demo-constants";

export { DEMO_PASSWORD };
export const ORG_NAME = DEMO_ORG_NAME;
export const CX_MISSION =
  "Every customer leaves ready for the outdoors: honest advice, the right size on the shelf, " +
  "and no fuss if something goes wrong. We get there by listening to the people on our shop floors.";
export const OWNER = { email: DEMO_OWNER_EMAIL, name: DEMO_OWNER_NAME };
export const EMAIL_DOMAIN = "northwind.example";

export type TeamKind = "office" | "operations" | "region" | "store" | "support";

export type TeamSpec = {
  key: string;
  name: string;
  kind: TeamKind;
  parent?: string;
  /** Frontline headcount. Stores of 2–4 keep every pulse below the anonymity threshold. */
  frontline?: number;
  /** Manager of the team (its subtree, for a region). */
  manager?: string;
  /** Customers a month on the NPS survey, before noise. */
  traffic?: number;
};

export const TEAM_SPECS: TeamSpec[] = [
  { key: "head-office", name: "Head Office", kind: "office" },
  { key: "store-ops", name: "Store Operations", kind: "operations" },
  { key: "pnw", name: "Pacific Northwest", kind: "region", parent: "store-ops", manager: "Rachel Okafor" },
  { key: "seattle", name: "Seattle Capitol Hill", kind: "store", parent: "pnw", frontline: 12, manager: "Owen Gallagher", traffic: 36 },
  { key: "portland", name: "Portland Pearl District", kind: "store", parent: "pnw", frontline: 9, manager: "Leah Nakamura", traffic: 30 },
  { key: "tacoma", name: "Tacoma Mall", kind: "store", parent: "pnw", frontline: 14, manager: "Victor Mensah", traffic: 38 },
  { key: "bend", name: "Bend Old Mill", kind: "store", parent: "pnw", frontline: 3, manager: "Grace Holloway", traffic: 14 },
  { key: "mountain", name: "Mountain West", kind: "region", parent: "store-ops", manager: "Diego Alvarez" },
  { key: "denver", name: "Denver LoDo", kind: "store", parent: "mountain", frontline: 11, manager: "Samira Haddad", traffic: 34 },
  { key: "boulder", name: "Boulder Pearl Street", kind: "store", parent: "mountain", frontline: 8, manager: "Ben Whitaker", traffic: 27 },
  { key: "slc", name: "Salt Lake City", kind: "store", parent: "mountain", frontline: 7, manager: "Chloe Martens", traffic: 24 },
  { key: "jackson", name: "Jackson Hole", kind: "store", parent: "mountain", frontline: 2, manager: "Wyatt Brennan", traffic: 12 },
  { key: "new-england", name: "New England", kind: "region", parent: "store-ops", manager: "Hannah Lindqvist" },
  { key: "boston", name: "Boston Back Bay", kind: "store", parent: "new-england", frontline: 13, manager: "Kofi Asante", traffic: 37 },
  { key: "burlington", name: "Burlington Church Street", kind: "store", parent: "new-england", frontline: 6, manager: "Isla Fitzgerald", traffic: 22 },
  { key: "north-conway", name: "North Conway", kind: "store", parent: "new-england", frontline: 3, manager: "Eli Duquette", traffic: 15 },
  { key: "support", name: "Customer Support", kind: "support", frontline: 8, manager: "Marcus Bell" },
];

/** Named people at head office, each a demo sign-in. */
export const LEADERS: { name: string; role: Role; team: string }[] = [
  { name: "Alex Kim", role: "ADMIN", team: "head-office" },
  { name: "Priya Shah", role: "CX_LEADER", team: "head-office" },
  { name: "Tom Becker", role: "HR", team: "head-office" },
];

export const FIRST_NAMES = [
  "Aisha", "Ben", "Carmen", "Dev", "Elena", "Finn", "Gabriela", "Hiro", "Imani", "Jonah",
  "Kira", "Luis", "Maya", "Noah", "Olivia", "Pablo", "Quinn", "Rosa", "Sam", "Talia",
  "Umar", "Vera", "Wes", "Ximena", "Yusuf", "Zoe", "Andre", "Bianca", "Caleb", "Daria",
  "Emeka", "Freya", "Gus", "Hana", "Ivan", "Jade", "Kai", "Lena", "Mateo", "Nadia",
  "Oscar", "Petra", "Rafael", "Sofia", "Theo", "Uma", "Viktor", "Willa", "Yara", "Zane",
];

export const LAST_NAMES = [
  "Abbott", "Barros", "Chen", "Delgado", "Ellis", "Fischer", "Gupta", "Hughes", "Ibarra", "Jensen",
  "Kowalski", "Lopez", "Mbeki", "Novak", "Ortiz", "Park", "Quintero", "Russo", "Singh", "Tanaka",
  "Usman", "Varga", "Walsh", "Xu", "Yilmaz", "Zhang", "Adeyemi", "Brooks", "Carvalho", "Doyle",
  "Eriksen", "Flores", "Greene", "Haas", "Iqbal", "Jovanovic", "Keller", "Larsen", "Moreau", "Nguyen",
];

/** "Rachel Okafor" → "rachel.okafor@northwind.example". */
export function emailFor(name: string): string {
  const local = name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .join(".");
  return `${local}@${EMAIL_DOMAIN}`;
}

export type SignIn = { email: string; role: Role; name: string };

/** The demo's fixed frontline associate and regional manager, so sign-ins never depend on the seed. */
export const DEMO_FRONTLINE = { name: "Jamie Rivera", team: "seattle" };
const DEMO_MANAGER = "Rachel Okafor";

/** One sign-in per role, the same for every seed (printed again when the demo already exists). */
export const DEMO_SIGN_INS: SignIn[] = [
  { email: OWNER.email, role: "OWNER", name: OWNER.name },
  ...LEADERS.map((leader) => ({ email: emailFor(leader.name), role: leader.role, name: leader.name })),
  { email: emailFor(DEMO_MANAGER), role: "MANAGER", name: DEMO_MANAGER },
  { email: emailFor(DEMO_FRONTLINE.name), role: "FRONTLINE", name: DEMO_FRONTLINE.name },
];
