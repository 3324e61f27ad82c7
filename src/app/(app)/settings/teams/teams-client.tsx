"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { TeamDto } from "@/lib/schemas/team";
import { buildTeamTree, flattenTree, type TeamNode } from "@/lib/team-tree";
import { addTeam, editTeam, removeTeam } from "../actions";

function ParentOptions({ teams, exclude }: { teams: TeamDto[]; exclude?: Set<string> }) {
  return (
    <>
      <option value="">— None (top level) —</option>
      {flattenTree(buildTeamTree(teams))
        .filter((t) => !exclude?.has(t.id))
        .map((t) => (
          <option key={t.id} value={t.id}>
            {"\u00a0\u00a0".repeat(t.depth)}
            {t.name}
          </option>
        ))}
    </>
  );
}

export function TeamCreateForm({ teams }: { teams: TeamDto[] }) {
  const [state, action, pending] = useActionState(addTeam, null);
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} />
      <TextField label="Name" name="name" required maxLength={200} error={fieldError(state, "name")} />
      <SelectField label="Parent team" name="parentId" defaultValue="" error={fieldError(state, "parentId")}>
        <ParentOptions teams={teams} />
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create team"}
      </Button>
    </form>
  );
}

function subtreeIds(node: TeamNode): Set<string> {
  return new Set(flattenTree([node]).map((n) => n.id));
}

function TeamRow({ node, allTeams, canManage }: { node: TeamNode; allTeams: TeamDto[]; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  const [editState, editAction, editPending] = useActionState(editTeam, null);
  const [deleteState, deleteAction, deletePending] = useActionState(removeTeam, null);
  return (
    <li>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-2" style={{ paddingLeft: `${node.depth * 1.25}rem` }}>
        <span className="text-sm font-medium text-slate-800" data-testid="team-name">
          {node.depth > 0 ? <span aria-hidden className="mr-1 text-slate-300">└</span> : null}
          {node.name}
        </span>
        {canManage ? (
          <div className="flex gap-2">
            <Button variant="ghost" onClick={() => setEditing((v) => !v)} aria-expanded={editing} aria-label={`Edit ${node.name}`}>
              Edit
            </Button>
            <form action={deleteAction}>
              <input type="hidden" name="teamId" value={node.id} />
              <Button variant="danger" type="submit" disabled={deletePending} aria-label={`Delete ${node.name}`}>
                Delete
              </Button>
            </form>
          </div>
        ) : null}
      </div>
      {deleteState && !deleteState.ok ? (
        <div className="py-2" style={{ paddingLeft: `${node.depth * 1.25}rem` }}>
          <FormStatus state={deleteState} />
        </div>
      ) : null}
      {editing ? (
        <form action={editAction} className="grid gap-3 border-b border-slate-100 bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <input type="hidden" name="teamId" value={node.id} />
          <TextField label="Name" name="name" defaultValue={node.name} required maxLength={200} error={fieldError(editState, "name")} />
          <SelectField label="Parent team" name="parentId" defaultValue={node.parentId ?? ""} error={fieldError(editState, "parentId")}>
            <ParentOptions teams={allTeams} exclude={subtreeIds(node)} />
          </SelectField>
          <Button type="submit" disabled={editPending}>
            Save
          </Button>
          <div className="sm:col-span-3">
            <FormStatus state={editState} />
          </div>
        </form>
      ) : null}
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <TeamRow key={child.id} node={child} allTeams={allTeams} canManage={canManage} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function TeamTreeView({ tree, allTeams, canManage }: { tree: TeamNode[]; allTeams: TeamDto[]; canManage: boolean }) {
  return (
    <ul aria-label="Team tree">
      {tree.map((node) => (
        <TeamRow key={node.id} node={node} allTeams={allTeams} canManage={canManage} />
      ))}
    </ul>
  );
}
