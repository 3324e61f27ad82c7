import { z } from "zod";
import { idSchema, nameSchema } from "./common";

export const createTeamSchema = z.strictObject({
  name: nameSchema,
  parentId: idSchema.nullish(),
});
export type CreateTeamInput = z.infer<typeof createTeamSchema>;

export const updateTeamSchema = z
  .strictObject({
    name: nameSchema.optional(),
    parentId: idSchema.nullable().optional(),
  })
  .refine((v) => v.name !== undefined || v.parentId !== undefined, "Give a name or a parentId to change");
export type UpdateTeamInput = z.infer<typeof updateTeamSchema>;

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type TeamDto = z.infer<typeof teamSchema>;
