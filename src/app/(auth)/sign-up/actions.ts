"use server";

import { signUpSchema } from "@/lib/schemas/org";
import { publicAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { createOrganization } from "@/server/orgs/create-organization";

export const signUp = publicAction({ schema: signUpSchema }, async (input) => {
  await createOrganization(db, { orgName: input.orgName, ownerName: input.name, email: input.email, password: input.password });
  return { ok: true };
});
