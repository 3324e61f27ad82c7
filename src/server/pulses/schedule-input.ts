/**
 * The pulse schedule form, checked by one schema on the server (the form's own controls carry
 * the simple limits: a select, a number field, a date field). Isomorphic: no I/O.
 * Teams come as one checkbox per team, `team:<id>`, because the action client reads one value
 * per field name (src/server/auth/action-client.ts).
 */
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { CADENCES, MAX_ROUND_DAYS } from "./periods";

export const TEAM_FIELD_PREFIX = "team:";
export const teamFieldName = (teamId: string) => `${TEAM_FIELD_PREFIX}${teamId}`;

export const CADENCE_LABELS = { WEEKLY: "Every week", BIWEEKLY: "Every two weeks", MONTHLY: "Every month", QUARTERLY: "Every quarter" } as const;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "Choose a valid date")
  .transform((value) => new Date(`${value}T00:00:00.000Z`));

export const pulseScheduleSchema = z
  .object({
    surveyId: idSchema,
    cadence: z.enum(CADENCES, { error: "Choose how often the pulse runs" }),
    roundDays: z.coerce.number({ error: "Enter a number of days" }).int("Whole days only").min(1, "At least 1 day"),
    startsOn: isoDay,
  })
  .catchall(z.string())
  .superRefine((value, ctx) => {
    const max = MAX_ROUND_DAYS[value.cadence];
    if (value.roundDays > max) ctx.addIssue({ code: "custom", path: ["roundDays"], message: `At most ${max} days, so a round closes before the next one opens` });
  })
  .transform(({ surveyId, cadence, roundDays, startsOn, ...fields }) => ({
    surveyId,
    cadence,
    roundDays,
    startsOn,
    teamIds: Object.entries(fields)
      .filter(([name, value]) => name.startsWith(TEAM_FIELD_PREFIX) && value === "on")
      .map(([name]) => name.slice(TEAM_FIELD_PREFIX.length)),
  }));

export type PulseScheduleInput = z.output<typeof pulseScheduleSchema>;
