import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/env";
import { AppError } from "@/lib/errors";
import { db } from "../db";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./verify-credentials";

export const RATE_LIMITED_ERROR = "RateLimited";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // JWT sessions keep app servers stateless (shared/DESIGN.md, "Scale path"); the role is
    // re-read from the membership on every request (src/server/auth/session.ts), so a role
    // change or removal takes effect at once.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email.slice(0, 254) : "";
          const password = typeof credentials?.password === "string" ? credentials.password.slice(0, 200) : "";
          if (!email || !password) return null;
          try {
            const user = await verifyCredentials(db, { email, password, address: clientAddress(req?.headers) });
            return user ? { id: user.id, email: user.email, name: user.name, orgId: user.orgId } : null;
          } catch (error) {
            if (error instanceof AppError && error.code === "rate_limited") throw new Error(RATE_LIMITED_ERROR);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user, trigger, session }) {
        if (user) {
          token.userId = user.id;
          token.orgId = user.orgId;
        }
        // Switching organization: the new one is checked against memberships on each request.
        if (trigger === "update" && session && typeof session.orgId === "string") token.orgId = session.orgId;
        return token;
      },
      session({ session, token }) {
        if (token.userId && token.orgId) {
          session.user = { ...session.user, id: token.userId, orgId: token.orgId };
        }
        return session;
      },
    },
  };
}
