// A large, fully clickable option: a native radio or checkbox inside its label (no nested controls).
import type { ReactNode } from "react";
import { langAttributes, type TWords } from "./text";

export function ChoiceOption({
  type,
  id,
  name,
  checked,
  unavailable = false,
  onChange,
  children,
  className = "",
}: {
  type: "radio" | "checkbox";
  id: string;
  name: string;
  checked: boolean;
  /** Shown and announced as unavailable but still focusable, so a tap can explain why (aria-disabled). */
  unavailable?: boolean;
  onChange: () => void;
  children: TWords | ReactNode;
  className?: string;
}) {
  return (
    <label
      htmlFor={id}
      className={`flex min-h-12 cursor-pointer items-center gap-3 rounded-lg border border-slate-500 px-3 py-2.5 text-base break-words hover:border-slate-800 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:checked]:ring-2 has-[:checked]:ring-brand-700 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 ${
        unavailable ? "bg-slate-100 text-slate-700" : "bg-white text-slate-900"
      } ${className}`}
    >
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        aria-disabled={unavailable || undefined}
        onChange={onChange}
        className="size-5 shrink-0 accent-brand-700"
      />
      {isWords(children) ? (
        <span className="min-w-0" {...langAttributes(children)}>
          {children.text}
        </span>
      ) : (
        <span className="min-w-0">{children}</span>
      )}
    </label>
  );
}

function isWords(value: unknown): value is TWords {
  return typeof value === "object" && value !== null && "text" in value && typeof value.text === "string";
}
