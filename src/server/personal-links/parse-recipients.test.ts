import { describe, expect, it } from "vitest";
import { FOLLOW_UP_WINDOW_MS, expiryAfterFirstAnswer, linkState } from "./link-state";
import { buildInvitationEmail, escapeHtml } from "./invitation-email";
import { parseRecipients } from "./parse-recipients";

const teams = [
  { id: "t-north", name: "North" },
  { id: "t-south", name: "South" },
  { id: "t-c1", name: "Central" },
  { id: "t-c2", name: "central " },
  { id: "t-comma", name: "Harbour Street, Leeds" },
];
const parse = (text: string) => parseRecipients({ text, teams, defaultTeamId: "t-north" });

describe("parseRecipients", () => {
  it("reads pasted lines: bare addresses, a team by name (any case), display names, blank lines", () => {
    expect(parse("ann@x.test\r\n\r\n  Bob Jones <BOB@X.test> ; south \n\"carol@x.test\",\"Harbour Street, Leeds\"\n")).toEqual({
      recipients: [
        { line: 1, email: "ann@x.test", teamId: "t-north" },
        { line: 3, email: "bob@x.test", teamId: "t-south" },
        { line: 4, email: "carol@x.test", teamId: "t-comma" },
      ],
      duplicates: 0,
      badLines: [],
    });
  });

  it("reads a CSV by its header, in any column order, ignoring other columns", () => {
    const csv = "\uFEFFName,Team,Email,Notes\nAnn,South,ann@x.test,vip\nBob,,bob@x.test,\n";
    expect(parse(csv).recipients).toEqual([
      { line: 2, email: "ann@x.test", teamId: "t-south" },
      { line: 3, email: "bob@x.test", teamId: "t-north" },
    ]);
    expect(parse("email\nann@x.test\n").recipients).toEqual([{ line: 2, email: "ann@x.test", teamId: "t-north" }]);
  });

  it("counts repeated addresses once, the first line winning", () => {
    expect(parse("ann@x.test,South\nANN@x.test\nann@x.test,North")).toMatchObject({ recipients: [{ line: 1, teamId: "t-south" }], duplicates: 2 });
  });

  it("reports each bad line with its number", () => {
    expect(parse("ann@x.test\nann@\nbob@x.test,Central\na,b,c\n\"open@x.test\nbob@x.test,Nowhere").badLines).toEqual([
      { line: 2, message: "“ann@” is not a valid email address" },
      { line: 3, message: "2 teams are named “Central”: leave the team blank to use the default team, or rename one" },
      { line: 4, message: "Too many columns: write email,team name, and put a team name that contains a comma in quotes" },
      { line: 5, message: "A quote is not closed" },
      { line: 6, message: "No team is named “Nowhere”" },
    ]);
  });
});

describe("linkState", () => {
  const now = new Date("2024-05-01T12:00:00Z");
  const before = new Date(now.getTime() - 1);
  const after = new Date(now.getTime() + 1);
  it("reads the four states from usedAt and expiresAt", () => {
    expect(linkState({ usedAt: null, expiresAt: after }, now)).toBe("fresh");
    expect(linkState({ usedAt: null, expiresAt: null }, now)).toBe("fresh");
    expect(linkState({ usedAt: before, expiresAt: after }, now)).toBe("open");
    expect(linkState({ usedAt: before, expiresAt: now }, now)).toBe("spent");
    expect(linkState({ usedAt: null, expiresAt: now }, now)).toBe("expired");
  });
  it("gives a first answer at most a day to be completed, never more than the link had left", () => {
    expect(expiryAfterFirstAnswer(new Date("2024-06-01T00:00:00Z"), now)).toEqual(new Date(now.getTime() + FOLLOW_UP_WINDOW_MS));
    expect(expiryAfterFirstAnswer(after, now)).toEqual(after);
    expect(expiryAfterFirstAnswer(null, now)).toEqual(new Date(now.getTime() + FOLLOW_UP_WINDOW_MS));
  });
});

describe("the invitation email", () => {
  it("escapes what people typed, and has no score links without a headline question", () => {
    expect(escapeHtml(`<b>"Tom's" & co</b>`)).toBe("&lt;b&gt;&quot;Tom&#39;s&quot; &amp; co&lt;/b&gt;");
    const email = buildInvitationEmail({
      orgName: "<script>",
      surveyTitle: "Visit",
      metric: "CSAT",
      headlinePrompt: null,
      scale: null,
      origin: "https://t.example",
      token: "tok",
      expiresAt: new Date("2024-05-31T00:00:00Z"),
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toMatch(/\/r\/tok\/\d/);
    expect(email.text).toContain("https://t.example/r/tok");
    expect(email.text).toContain("expires on 31 May 2024");
    expect(email.subject).toBe("Visit");
  });
});
