import { describe, expect, it } from "vitest";
import { buildTeamTree, flattenTree } from "./team-tree";

const team = (id: string, name: string, parentId: string | null = null) => ({ id, name, parentId, createdAt: "2026-01-01T00:00:00.000Z" });

describe("buildTeamTree", () => {
  it("nests children under parents, sorted by name, with depths", () => {
    const tree = buildTeamTree([team("s2", "Store B", "r1"), team("r1", "North"), team("s1", "Store A", "r1"), team("r0", "East")]);
    expect(flattenTree(tree).map((t) => [t.name, t.depth])).toEqual([
      ["East", 0],
      ["North", 0],
      ["Store A", 1],
      ["Store B", 1],
    ]);
  });

  it("makes a team whose parent is not visible a root", () => {
    const tree = buildTeamTree([team("s1", "Store", "hidden")]);
    expect(tree.map((t) => t.id)).toEqual(["s1"]);
  });
});
