"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import { saveOrgSettings } from "./actions";

type Settings = { name: string; anonymityThreshold: number; minCxResponses: number; cxMission: string | null };

export function OrgSettingsForm({ settings }: { settings: Settings }) {
  const [state, action, pending] = useActionState(saveOrgSettings, null);
  return (
    <Card>
      <form action={action} className="max-w-xl space-y-5">
        <FormStatus state={state} />
        <TextField label="Organization name" name="name" defaultValue={settings.name} required error={fieldError(state, "name")} />
        <TextField
          label="Anonymity threshold (k)"
          name="anonymityThreshold"
          type="number"
          min={3}
          max={100}
          defaultValue={settings.anonymityThreshold}
          required
          error={fieldError(state, "anonymityThreshold")}
          hint="Employee figures show only for groups of at least this many respondents. Never below 3; 5 is the usual promise."
        />
        <TextField
          label="Minimum customer responses per team"
          name="minCxResponses"
          type="number"
          min={1}
          defaultValue={settings.minCxResponses}
          required
          error={fieldError(state, "minCxResponses")}
          hint="A team enters comparisons and the EX ↔ CX correlation only with at least this many customer responses in the period."
        />
        <TextAreaField
          label="CX mission statement"
          name="cxMission"
          rows={3}
          defaultValue={settings.cxMission ?? ""}
          error={fieldError(state, "cxMission")}
          hint="Shown to the CX committee and on the ideas board."
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </form>
    </Card>
  );
}
