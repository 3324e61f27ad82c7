/**
 * A recipient list, pasted or uploaded as CSV, turned into recipients or into the lines that
 * need fixing. Pure: the caller supplies the organization's teams. Accepted shapes, one
 * recipient per line:
 *
 *   ann@example.com                      the default team
 *   ann@example.com,Harbour Street       a team by name ("quote, a name" with a comma)
 *   Ann Smith <ann@example.com>          as mail programs copy addresses
 *   email,team,…                         a CSV header: columns found by name, others ignored
 *
 * Commas, semicolons and tabs all separate columns (spreadsheets export any of them). Each line
 * is parsed on its own, so every bad line is reported with its own number; a quoted value
 * can't span lines, which no address or team name needs.
 */
import { parse } from "csv-parse/sync";
import { emailSchema } from "@/lib/schemas/common";

export const MAX_RECIPIENTS = 5_000;

export type RecipientTeam = { id: string; name: string };
export type Recipient = { line: number; email: string; teamId: string };
export type BadLine = { line: number; message: string };
export type RecipientList = { recipients: Recipient[]; duplicates: number; badLines: BadLine[] };
export type ParseRecipientsOptions = { text: string; teams: readonly RecipientTeam[]; defaultTeamId: string };

const EMAIL_HEADERS = new Set(["email", "e-mail", "email address", "e-mail address", "mail"]);
const TEAM_HEADERS = new Set(["team", "team name", "store", "branch"]);

type Columns = { email: number; team: number | null; header: boolean };

function fieldsOf(line: string): string[] | null {
  try {
    const rows = parse(line, { delimiter: [",", ";", "\t"], relax_quotes: true, relax_column_count: true, trim: true }) as string[][];
    return rows[0] ?? [];
  } catch {
    return null;
  }
}

function headerColumns(fields: string[]): Columns | null {
  const names = fields.map((f) => f.toLowerCase());
  const email = names.findIndex((n) => EMAIL_HEADERS.has(n));
  if (email < 0) return null;
  const team = names.findIndex((n) => TEAM_HEADERS.has(n));
  return { email, team: team < 0 ? null : team, header: true };
}

// "Ann Smith <ann@example.com>" → the address between the angle brackets.
const addressOf = (value: string) => /<([^<>]+)>\s*$/.exec(value)?.[1]?.trim() ?? value;
const quoteText = (value: string) => `“${value.length > 60 ? `${value.slice(0, 60)}…` : value}”`;

type TeamLookup = (name: string) => { teamId: string } | { problem: string };

function teamLookup(teams: readonly RecipientTeam[]): TeamLookup {
  const byName = new Map<string, string[]>();
  for (const team of teams) {
    const key = team.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), team.id]);
  }
  return (name) => {
    const ids = byName.get(name.trim().toLowerCase()) ?? [];
    if (ids.length === 1 && ids[0]) return { teamId: ids[0] };
    if (ids.length === 0) return { problem: `No team is named ${quoteText(name)}` };
    return { problem: `${ids.length} teams are named ${quoteText(name)}: leave the team blank to use the default team, or rename one` };
  };
}

type LineOutcome = { email: string; teamId: string } | { message: string };

function readLine(fields: string[], columns: Columns, findTeam: TeamLookup, defaultTeamId: string): LineOutcome {
  if (!columns.header && fields.length > 2) return { message: "Too many columns: write email,team name, and put a team name that contains a comma in quotes" };
  const rawEmail = addressOf(fields[columns.email] ?? "");
  if (rawEmail === "") return { message: "No email address" };
  const email = emailSchema.safeParse(rawEmail);
  if (!email.success) return { message: `${quoteText(rawEmail)} is not a valid email address` };
  const teamName = columns.team === null ? "" : (fields[columns.team] ?? "");
  if (teamName === "") return { email: email.data, teamId: defaultTeamId };
  const team = findTeam(teamName);
  return "problem" in team ? { message: team.problem } : { email: email.data, teamId: team.teamId };
}

export function parseRecipients({ text, teams, defaultTeamId }: ParseRecipientsOptions): RecipientList {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const findTeam = teamLookup(teams);
  const recipients: Recipient[] = [];
  const badLines: BadLine[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let columns: Columns | undefined;

  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === "") continue;
    const fields = fieldsOf(raw);
    if (!fields) {
      badLines.push({ line, message: "A quote is not closed" });
      continue;
    }
    if (!columns) {
      // The first line decides: a header row, or already a recipient.
      const header = headerColumns(fields);
      columns = header ?? { email: 0, team: 1, header: false };
      if (header) continue;
    }
    const outcome = readLine(fields, columns, findTeam, defaultTeamId);
    if ("message" in outcome) badLines.push({ line, message: outcome.message });
    // The first line for an address wins; repeats are counted, not reported as mistakes.
    else if (seen.has(outcome.email)) duplicates++;
    else {
      seen.add(outcome.email);
      recipients.push({ line, ...outcome });
    }
  }

  return { recipients, duplicates, badLines };
}
