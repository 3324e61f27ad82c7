import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Ctx) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
