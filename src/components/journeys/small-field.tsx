import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

// The shared fields use the name as the id; on the map the same form repeats once per stage,
// so these take an explicit, unique id.
const control =
  "block w-full rounded-md border-0 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500 aria-[invalid=true]:ring-red-500";

type Base = { id: string; label: string; error?: string };

function Shell({ id, label, error, children }: Base & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-800">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SmallInput({ id, label, error, ...props }: Base & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Shell id={id} label={label} error={error}>
      <input id={id} className={control} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...props} />
    </Shell>
  );
}

export function SmallSelect({ id, label, error, children, ...props }: Base & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Shell id={id} label={label} error={error}>
      <select id={id} className={control} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...props}>
        {children}
      </select>
    </Shell>
  );
}

export function SmallCheckbox({ id, label, ...props }: { id: string; label: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" className="h-4 w-4 accent-brand-600" {...props} />
      <label htmlFor={id} className="text-xs font-medium text-slate-800">
        {label}
      </label>
    </div>
  );
}
