import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { getOrgSettings } from "@/server/orgs/org-settings";
import { OrgSettingsForm } from "./org-settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await requireMember("org:update");
  const settings = await getOrgSettings(db, { orgId: member.orgId });
  return (
    <>
      <PageHeader title="Organization settings" description="The name people see, the privacy promise you make to employees, and the bar for comparing teams." />
      <OrgSettingsForm settings={settings} />
    </>
  );
}
