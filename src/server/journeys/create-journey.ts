/** Creates a journey, optionally with a template's stages and touchpoints, in one transaction. */
import { JOURNEY_TEMPLATE_KIND, JOURNEY_TEMPLATE_STAGES } from "@/lib/journey-templates";
import { AppError } from "@/lib/errors";
import type { CreateJourneyInput, JourneyDto } from "@/lib/schemas/journey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { loadJourney } from "./journey-dto";

export async function createJourney(db: Db, { orgId, actor, input }: { orgId: string; actor: AuditActor; input: CreateJourneyInput }): Promise<JourneyDto> {
  if (input.template && JOURNEY_TEMPLATE_KIND[input.template] !== input.kind) {
    const message = `The ${input.template} template is for ${JOURNEY_TEMPLATE_KIND[input.template].toLowerCase()} journeys`;
    throw new AppError("validation_failed", message, [{ path: ["template"], message }]);
  }
  return db.$transaction(async (tx) => {
    const journey = await tx.journey.create({
      data: { orgId, kind: input.kind, name: input.name, persona: input.persona, description: input.description },
      select: { id: true },
    });
    const stages = input.template ? JOURNEY_TEMPLATE_STAGES[input.template] : [];
    for (const [position, stage] of stages.entries()) {
      await tx.journeyStage.create({
        data: {
          orgId,
          journeyId: journey.id,
          position,
          name: stage.name,
          expectations: stage.expectations,
          feelings: stage.feelings,
          isMomentThatMatters: stage.isMomentThatMatters ?? false,
          touchpoints: {
            create: stage.touchpoints.map((tp, i) => ({ orgId, position: i, name: tp.name, channel: tp.channel, isMomentThatMatters: tp.isMomentThatMatters ?? false })),
          },
        },
      });
    }
    await recordAudit(tx, {
      orgId,
      actor,
      action: "journey.create",
      targetType: "Journey",
      targetId: journey.id,
      metadata: { name: input.name, kind: input.kind, template: input.template ?? null },
    });
    return loadJourney(tx, { orgId, journeyId: journey.id });
  });
}
