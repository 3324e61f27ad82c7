/**
 * Turns the journey specs into rows. The employee journey comes first because customer
 * stages point at the employee stages that serve them.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { DemoContext } from "./generate-demo";
import type { DemoOrg } from "./generate-org";
import type { DemoSurveys } from "./generate-surveys";
import { CUSTOMER_JOURNEY, EMPLOYEE_JOURNEY } from "./journeys";

export type DemoJourneys = {
  /** Stage ids by key, across both journeys. */
  stageId: Map<string, string>;
  rows: {
    journeys: Prisma.JourneyCreateManyInput[];
    stages: Prisma.JourneyStageCreateManyInput[];
    touchpoints: Prisma.TouchpointCreateManyInput[];
    stageQuestions: Prisma.StageQuestionCreateManyInput[];
  };
};

export function generateJourneys(ctx: DemoContext, org: DemoOrg, surveys: DemoSurveys): DemoJourneys {
  const createdAt = ctx.orgCreatedAt;
  const stageId = new Map<string, string>();
  const out: DemoJourneys = { stageId, rows: { journeys: [], stages: [], touchpoints: [], stageQuestions: [] } };

  for (const journey of [EMPLOYEE_JOURNEY, CUSTOMER_JOURNEY]) {
    const journeyId = ctx.newId();
    out.rows.journeys.push({
      id: journeyId,
      orgId: ctx.orgId,
      kind: journey.kind,
      name: journey.name,
      persona: journey.persona,
      description: journey.description,
      createdAt,
      updatedAt: createdAt,
    });
    journey.stages.forEach((stage, position) => {
      const id = ctx.newId();
      stageId.set(stage.key, id);
      const servedByStageId = stage.servedBy ? stageId.get(stage.servedBy) : undefined;
      if (stage.servedBy && !servedByStageId) throw new Error(`Stage "${stage.key}" is served by unknown stage "${stage.servedBy}"`);
      out.rows.stages.push({
        id,
        orgId: ctx.orgId,
        journeyId,
        position,
        name: stage.name,
        description: stage.description,
        expectations: stage.expectations,
        feelings: stage.feelings,
        isMomentThatMatters: stage.mtm ?? false,
        servedByStageId: servedByStageId ?? null,
        createdAt,
      });
      stage.touchpoints.forEach((touchpoint, tpPosition) => {
        out.rows.touchpoints.push({
          id: ctx.newId(),
          orgId: ctx.orgId,
          stageId: id,
          position: tpPosition,
          name: touchpoint.name,
          channel: touchpoint.channel,
          ownerTeamId: org.team(touchpoint.owner).id,
          isMomentThatMatters: touchpoint.mtm ?? false,
          description: touchpoint.description ?? null,
          createdAt,
        });
      });
      for (const key of stage.questions ?? []) {
        out.rows.stageQuestions.push({ stageId: id, questionId: surveys.question[key], orgId: ctx.orgId });
      }
    });
  }
  return out;
}
