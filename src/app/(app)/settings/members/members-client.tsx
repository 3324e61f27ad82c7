"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/roles";
import type { TeamDto } from "@/lib/schemas/team";
import { buildTeamTree, flattenTree } from "@/lib/team-tree";
import type { MemberDto } from "@/server/members/members";
import { cancelInvitation, changeMember, dropMember, inviteMember } from "../actions";

function TeamOptions({ teams }: { teams: TeamDto[] }) {
  return (
    <>
      <option value="">— No team —</option>
      {flattenTree(buildTeamTree(teams)).map((t) => (
        <option key={t.id} value={t.id}>
          {"\u00a0\u00a0".repeat(t.depth)}
          {t.name}
        </option>
      ))}
    </>
  );
}

function RoleOptions({ actorIsOwner }: { actorIsOwner: boolean }) {
  return (
    <>
      {ROLES.filter((r) => actorIsOwner || r !== "OWNER").map((r) => (
        <option key={r} value={r}>
          {ROLE_LABELS[r]}
        </option>
      ))}
    </>
  );
}

export function InviteForm({ teams, actorIsOwner }: { teams: TeamDto[]; actorIsOwner: boolean }) {
  const [state, action, pending] = useActionState(inviteMember, null);
  const token = state?.ok ? (state.data as { token?: string } | undefined)?.token : undefined;
  // A token exists only after the action ran in the browser, so window is there.
  const link = token ? `${window.location.origin}/invite/${token}` : null;
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      {link ? (
        <div className="space-y-2">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            Invitation link
          </label>
          <input id="invite-link" readOnly value={link} className="block w-full rounded-md bg-slate-50 px-3 py-2 font-mono text-xs ring-1 ring-slate-300" onFocus={(e) => e.currentTarget.select()} />
          <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(link)}>
            Copy link
          </Button>
        </div>
      ) : null}
      <TextField label="Email (optional)" name="email" type="email" error={fieldError(state, "email")} hint="When given, only this address can use the link." />
      <SelectField label="Role" name="role" defaultValue="FRONTLINE" error={fieldError(state, "role")}>
        <RoleOptions actorIsOwner={actorIsOwner} />
      </SelectField>
      <SelectField label="Team" name="teamId" defaultValue="" error={fieldError(state, "teamId")}>
        <TeamOptions teams={teams} />
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create invitation link"}
      </Button>
    </form>
  );
}

export function MemberRow({ member, teams, canManage, isSelf, actorIsOwner }: { member: MemberDto; teams: TeamDto[]; canManage: boolean; isSelf: boolean; actorIsOwner: boolean }) {
  const [editing, setEditing] = useState(false);
  const [state, action, pending] = useActionState(changeMember, null);
  const [removeState, removeAction, removing] = useActionState(dropMember, null);
  const editable = canManage && (actorIsOwner || member.role !== "OWNER");
  return (
    <>
      <tr className="border-t border-slate-100 align-top">
        <td className="py-2 pr-3">
          <div className="font-medium text-slate-800">{member.name}</div>
          <div className="text-xs text-slate-500">{member.email}</div>
        </td>
        <td className="py-2 pr-3" data-testid="member-role">{ROLE_LABELS[member.role as Role]}</td>
        <td className="py-2 pr-3">{member.teamName ?? <span className="text-slate-400">—</span>}</td>
        {canManage ? (
          <td className="py-2 text-right">
            {editable ? (
              <div className="flex justify-end gap-2">
                <Button variant="ghost" onClick={() => setEditing((v) => !v)} aria-expanded={editing} aria-label={`Edit ${member.name}`}>
                  Edit
                </Button>
                {!isSelf ? (
                  <form action={removeAction}>
                    <input type="hidden" name="membershipId" value={member.membershipId} />
                    <Button variant="danger" type="submit" disabled={removing} aria-label={`Remove ${member.name}`}>
                      Remove
                    </Button>
                  </form>
                ) : null}
              </div>
            ) : null}
          </td>
        ) : null}
      </tr>
      {removeState && !removeState.ok ? (
        <tr>
          <td colSpan={4} className="pb-2">
            <FormStatus state={removeState} />
          </td>
        </tr>
      ) : null}
      {editing ? (
        <tr>
          <td colSpan={4} className="bg-slate-50 p-3">
            <form action={action} className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
              <input type="hidden" name="membershipId" value={member.membershipId} />
              <SelectField label="Role" name="role" defaultValue={member.role} error={fieldError(state, "role")}>
                <RoleOptions actorIsOwner={actorIsOwner} />
              </SelectField>
              <SelectField label="Team" name="teamId" defaultValue={member.teamId ?? ""} error={fieldError(state, "teamId")}>
                <TeamOptions teams={teams} />
              </SelectField>
              <Button type="submit" disabled={pending}>
                Save
              </Button>
              <div className="sm:col-span-3">
                <FormStatus state={state} />
              </div>
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function PendingInvitation({ id, label, expires }: { id: string; label: string; expires: string }) {
  const [state, action, pending] = useActionState(cancelInvitation, null);
  return (
    <li className="flex items-center justify-between gap-2 text-sm">
      <span>
        {label}
        <span className="block text-xs text-slate-500">Expires {expires}</span>
      </span>
      <form action={action}>
        <input type="hidden" name="invitationId" value={id} />
        <Button variant="ghost" type="submit" disabled={pending}>
          Revoke
        </Button>
      </form>
      {state && !state.ok ? <FormStatus state={state} /> : null}
    </li>
  );
}
