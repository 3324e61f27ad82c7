import { notFound } from "@/lib/errors";
import type { SurveyStatus } from "@/lib/schemas/survey";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { Db } from "../prisma-client";
import { listTeams } from "../teams/teams";
import { ensurePublicLinks } from "./get-or-create-public-link";

export type TeamPublicLink = { teamId: string; teamName: string; depth: number; distributionId: string; token: string };
export type PublicLinksPage = { survey: { id: string; title: string; status: SurveyStatus }; links: TeamPublicLink[] };
export type ListPublicLinksOptions = { orgId: string; surveyId: string };

/**
 * Every team's public link for the survey, in tree order (region, then its stores). Missing
 * links are made here, so a team added yesterday has its poster ready today; links are made
 * whatever the survey's status, so posters can be printed before the survey opens.
 */
export async function listPublicLinks(db: Db, { orgId, surveyId }: ListPublicLinksOptions): Promise<PublicLinksPage> {
  const survey = await db.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true, title: true, status: true } });
  if (!survey) throw notFound("Survey");
  const teams = flattenTree(buildTeamTree(await listTeams(db, { orgId })));
  const links = await db.$transaction((tx) => ensurePublicLinks(tx, { orgId, surveyId, teamIds: teams.map((t) => t.id) }));
  const byTeam = new Map(links.map((l) => [l.teamId, l]));
  return {
    survey,
    links: teams.flatMap((team) => {
      const link = byTeam.get(team.id);
      return link ? [{ teamId: team.id, teamName: team.name, depth: team.depth, distributionId: link.id, token: link.token }] : [];
    }),
  };
}
