"use server";

import { acceptInviteSchema } from "@/lib/schemas/org";
import { publicAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { acceptInvitation } from "@/server/members/invitations";

export const acceptInvite = publicAction({ schema: acceptInviteSchema }, async (input) => {
  await acceptInvitation(db, { input });
  return { ok: true };
});
