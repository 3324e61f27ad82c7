import { z } from "zod";
import { emailSchema, idSchema, nameSchema, NO_NUL_MESSAGE, noNul, passwordSchema } from "./common";
import { ROLES } from "../roles";

export const MIN_ANONYMITY_THRESHOLD = 3;

export const orgSettingsSchema = z.strictObject({
  name: nameSchema,
  anonymityThreshold: z.coerce
    .number()
    .int("A whole number")
    .min(MIN_ANONYMITY_THRESHOLD, `Never below ${MIN_ANONYMITY_THRESHOLD}: smaller groups can be unmasked`)
    .max(100),
  minCxResponses: z.coerce.number().int("A whole number").min(1).max(10_000),
  cxMission: z.string().trim().max(2000, "At most 2,000 characters").refine(noNul, NO_NUL_MESSAGE).optional().transform((v) => v || null),
});
export type OrgSettingsInput = z.infer<typeof orgSettingsSchema>;

export const signUpSchema = z.strictObject({
  orgName: nameSchema,
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const inviteSchema = z.strictObject({
  email: z.union([emailSchema, z.literal("").transform(() => undefined)]).optional(),
  role: z.enum(ROLES),
  teamId: z.union([idSchema, z.literal("").transform(() => undefined)]).optional(),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const acceptInviteSchema = z.strictObject({
  token: z.string().min(10).max(200),
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;

export const updateMemberSchema = z.strictObject({
  membershipId: idSchema,
  role: z.enum(ROLES),
  teamId: z.union([idSchema, z.literal("").transform(() => null)]).nullable(),
});
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

export const createApiKeySchema = z.strictObject({ name: nameSchema });
