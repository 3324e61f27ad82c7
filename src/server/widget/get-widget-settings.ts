import { notFound } from "@/lib/errors";
import type { Audience, Metric, SurveyStatus } from "@/lib/schemas/survey";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { DbOrTx } from "../prisma-client";
import { listTeams } from "../teams/teams";
import { loadWidgetQuestions, toWidgetConfig, type WidgetConfig } from "./widget-config";

export type WidgetSettings = {
  survey: { id: string; title: string; status: SurveyStatus; audience: Audience; metric: Metric; allowedOrigins: string[] };
  /** The teams a snippet can be made for, in tree order. */
  teams: { id: string; name: string; depth: number }[];
  /** Existing snippets, in the teams' order. */
  widgets: { id: string; teamId: string; teamName: string; token: string }[];
  /** What the widget shows, for the live preview; null when the survey has nothing to embed. */
  preview: WidgetConfig | null;
};

export type GetWidgetSettingsOptions = { orgId: string; surveyId: string };

/** The widget settings page's data; another organization's survey is "not found". */
export async function getWidgetSettings(db: DbOrTx, { orgId, surveyId }: GetWidgetSettingsOptions): Promise<WidgetSettings> {
  const survey = await db.survey.findFirst({
    where: { id: surveyId, orgId },
    select: { id: true, title: true, status: true, audience: true, metric: true, allowedOrigins: true },
  });
  if (!survey) throw notFound("Survey");
  const [teamRows, distributions, questions] = await Promise.all([
    listTeams(db, { orgId }),
    db.distribution.findMany({ where: { orgId, surveyId, kind: "WIDGET" }, orderBy: { createdAt: "asc" }, select: { id: true, teamId: true, token: true } }),
    loadWidgetQuestions(db, { orgId, surveyId, metric: survey.metric }),
  ]);
  const teams = flattenTree(buildTeamTree(teamRows)).map((t) => ({ id: t.id, name: t.name, depth: t.depth }));
  const byTeam = new Map<string, { id: string; token: string }>();
  // Should a duplicate ever exist, the oldest is the one already pasted into a website.
  for (const d of distributions) if (d.teamId && !byTeam.has(d.teamId)) byTeam.set(d.teamId, { id: d.id, token: d.token });
  const widgets = teams.flatMap((team) => {
    const widget = byTeam.get(team.id);
    return widget ? [{ ...widget, teamId: team.id, teamName: team.name }] : [];
  });
  const preview = survey.audience === "CUSTOMER" && questions ? toWidgetConfig(survey.metric, questions) : null;
  return { survey, teams, widgets, preview };
}
