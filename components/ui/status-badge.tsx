const tones: Record<string, string> = {
  open: "bg-emerald-100 text-emerald-900",
  closed: "bg-slate-200 text-slate-800",
  draft: "bg-amber-100 text-amber-900",
  published: "bg-brand-100 text-brand-800",
  completed: "bg-emerald-100 text-emerald-900",
  started: "bg-sky-100 text-sky-900",
  opened: "bg-sky-50 text-sky-900",
  invited: "bg-slate-100 text-slate-800",
  sent: "bg-slate-100 text-slate-800",
  declined: "bg-rose-100 text-rose-900",
  opted_out: "bg-rose-100 text-rose-900",
  expired: "bg-slate-200 text-slate-700",
  active: "bg-emerald-100 text-emerald-900",
  inactive: "bg-slate-200 text-slate-700",
};

/** A status word in a pill; the word itself carries the meaning, the colour only helps. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tones[status] ?? "bg-slate-100 text-slate-800"}`}>
      {status.replace("_", " ")}
    </span>
  );
}
