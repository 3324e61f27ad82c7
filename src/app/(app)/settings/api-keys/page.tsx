import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/card";
import { requireMember } from "@/server/auth/session";
import { db } from "@/server/db";
import { listApiKeys } from "@/server/api-keys/api-keys";
import { ApiKeyCreateForm, RevokeKeyButton } from "./api-keys-client";

export const metadata: Metadata = { title: "API keys" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

export default async function ApiKeysPage() {
  const member = await requireMember("apikeys:manage");
  const keys = await listApiKeys(db, { orgId: member.orgId });
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Keys give a client full access to this organization&apos;s REST API under <code>/api/v1</code> (see <a className="text-brand-600 underline" href="/api/v1/openapi.json">the OpenAPI document</a>). A key is shown once, when it is created.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card title="Keys">
          {keys.length === 0 ? (
            <p className="text-sm text-slate-600">No API keys yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead className="text-xs uppercase text-slate-500">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Name</th>
                    <th scope="col" className="py-2 pr-3">Key</th>
                    <th scope="col" className="py-2 pr-3">Created</th>
                    <th scope="col" className="py-2 pr-3">Last used</th>
                    <th scope="col" className="py-2"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {keys.map((k) => (
                    <tr key={k.id} className="border-t border-slate-100">
                      <td className="py-2 pr-3 font-medium">{k.name}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{k.prefix}…</td>
                      <td className="py-2 pr-3">{day(k.createdAt)}</td>
                      <td className="py-2 pr-3">{day(k.lastUsedAt)}</td>
                      <td className="py-2 text-right">{k.revokedAt ? <span className="text-xs text-slate-500">Revoked {day(k.revokedAt)}</span> : <RevokeKeyButton id={k.id} name={k.name} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
        <Card title="New key">
          <ApiKeyCreateForm />
        </Card>
      </div>
    </>
  );
}
