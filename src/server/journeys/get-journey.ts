import type { JourneyDto } from "@/lib/schemas/journey";
import type { DbOrTx } from "../prisma-client";
import { loadJourney } from "./journey-dto";

/** One journey with its stages (by position), their touchpoints (by position) and linked questions. */
export function getJourney(db: DbOrTx, { orgId, journeyId }: { orgId: string; journeyId: string }): Promise<JourneyDto> {
  return loadJourney(db, { orgId, journeyId });
}
