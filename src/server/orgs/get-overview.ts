import type { DbOrTx } from "../prisma-client";

export type OrgOverview = {
  teams: number;
  members: number;
  apiKeys: number;
  surveys: { customer: number; employee: number };
  customerResponses30d: number;
  journeys: number;
  ideas: { total: number; open: number };
  openFollowUps: number;
  hasCxMission: boolean;
};

/** Counts for the overview page; cheap (indexed counts), scoped to the organization. */
export async function getOrgOverview(db: DbOrTx, { orgId, now = new Date() }: { orgId: string; now?: Date }): Promise<OrgOverview> {
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const [org, teams, members, apiKeys, customerSurveys, employeeSurveys, customerResponses30d, journeys, ideas, openIdeas, openFollowUps] = await Promise.all([
    db.organization.findUnique({ where: { id: orgId }, select: { cxMission: true } }),
    db.team.count({ where: { orgId } }),
    db.membership.count({ where: { orgId } }),
    db.apiKey.count({ where: { orgId, revokedAt: null } }),
    db.survey.count({ where: { orgId, audience: "CUSTOMER" } }),
    db.survey.count({ where: { orgId, audience: "EMPLOYEE" } }),
    db.response.count({ where: { orgId, submittedOn: { gte: since }, survey: { audience: "CUSTOMER" } } }),
    db.journey.count({ where: { orgId } }),
    db.idea.count({ where: { orgId, mergedIntoId: null } }),
    db.idea.count({ where: { orgId, mergedIntoId: null, status: { in: ["NEW", "UNDER_REVIEW", "PLANNED", "IN_PROGRESS"] } } }),
    db.followUp.count({ where: { orgId, status: { not: "CLOSED" } } }),
  ]);
  return {
    teams,
    members,
    apiKeys,
    surveys: { customer: customerSurveys, employee: employeeSurveys },
    customerResponses30d,
    journeys,
    ideas: { total: ideas, open: openIdeas },
    openFollowUps,
    hasCxMission: Boolean(org?.cxMission),
  };
}
