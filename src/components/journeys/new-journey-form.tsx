"use client";

import { useActionState, useState } from "react";
import { createJourneyAction } from "@/app/(app)/journeys/actions";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormStatus, fieldError } from "@/components/ui/form-status";
import type { JOURNEY_TEMPLATES } from "@/lib/schemas/journey";

type Choice = { template: (typeof JOURNEY_TEMPLATES)[number] | ""; label: string; kind: "CUSTOMER" | "EMPLOYEE"; name: string; stages: string };

const CHOICES: Choice[] = [
  { template: "retail-customer", label: "Retail customer journey", kind: "CUSTOMER", name: "Retail customer journey", stages: "Awareness → consideration → purchase → usage → support" },
  { template: "employee-lifecycle", label: "Employee journey", kind: "EMPLOYEE", name: "Employee journey", stages: "Recruit → onboard → develop → retain → exit" },
  { template: "", label: "Blank journey", kind: "CUSTOMER", name: "", stages: "No stages yet: add your own" },
];

/** Template cards are radios; kind and name follow the template until changed by hand. */
export function NewJourneyForm() {
  const [state, action, pending] = useActionState(createJourneyAction, null);
  const [template, setTemplate] = useState<Choice["template"]>("retail-customer");
  const [kind, setKind] = useState<Choice["kind"]>("CUSTOMER");
  const [name, setName] = useState(CHOICES[0]?.name ?? "");
  const choose = (c: Choice) => {
    setTemplate(c.template);
    setKind(c.kind);
    setName(c.name);
  };
  const fromTemplate = template !== "";
  return (
    <form action={action} className="space-y-4" aria-label="New journey">
      <FormStatus state={state} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">Start from</legend>
        <div className="space-y-2">
          {CHOICES.map((c) => (
            <label
              key={c.label}
              className="flex cursor-pointer gap-2 rounded-md p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-500"
            >
              <input type="radio" name="template" value={c.template} checked={template === c.template} onChange={() => choose(c)} className="mt-1 h-4 w-4 accent-brand-600" />
              <span>
                <span className="block text-sm font-medium text-slate-900">{c.label}</span>
                <span className="block text-xs text-slate-600">{c.stages}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {/* A template fixes the kind; a disabled select would not post, so the value rides in a hidden input. */}
      {fromTemplate ? <input type="hidden" name="kind" value={kind} /> : null}
      <SelectField label="Kind" name={fromTemplate ? "kind-shown" : "kind"} value={kind} disabled={fromTemplate} onChange={(e) => setKind(e.target.value as Choice["kind"])} error={fieldError(state, "kind")}>
        <option value="CUSTOMER">Customer</option>
        <option value="EMPLOYEE">Employee</option>
      </SelectField>
      <TextField label="Name" name="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={fieldError(state, "name")} />
      <TextAreaField label="Persona" name="persona" rows={2} maxLength={500} error={fieldError(state, "persona")} hint="Who walks this journey (a first-time shopper, a new cashier)." />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create journey"}
      </Button>
    </form>
  );
}
