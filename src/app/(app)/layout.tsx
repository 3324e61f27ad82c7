import { AppShell } from "@/components/app-shell/app-shell";
import { requireMember } from "@/server/auth/session";

// Every page here reads the session and the database: never prerendered.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  return <AppShell member={member}>{children}</AppShell>;
}
