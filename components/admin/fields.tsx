// Labelled inputs for the account and admin forms (setup, invitations, password, settings): each shows its
// own error, tied to it by aria-describedby, and says when it is invalid.
import type { InputHTMLAttributes, ReactNode } from "react";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-rose-700 disabled:bg-slate-100";
export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60";
export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-md bg-rose-700 px-4 py-2 text-sm font-semibold text-white hover:bg-rose-800 disabled:cursor-not-allowed disabled:opacity-60";

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id">;

export function Field({ id, label, hint, error, className, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input id={id} name={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}

export function Alert({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "success" }) {
  const colours = tone === "error" ? "border-rose-300 bg-rose-50 text-rose-900" : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-2 text-sm ${colours}`}>
      {children}
    </div>
  );
}

/** The first error for each field, from a tRPC error's field errors (`settings.name` → `name`). */
export function firstErrors(fieldErrors: Record<string, string[]> | null | undefined, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const key = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    if (messages[0] && !out[key]) out[key] = messages[0];
  }
  return out;
}

/** A new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields({
  label = "Password",
  confirmLabel = "Password again",
  errors,
}: {
  label?: string;
  confirmLabel?: string;
  errors: { password?: string; confirm?: string };
}) {
  return (
    <>
      <Field
        id="password"
        label={label}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        error={errors.password}
      />
      <Field id="confirm" label={confirmLabel} type="password" autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
