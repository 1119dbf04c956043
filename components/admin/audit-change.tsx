// One audit entry's before and after, field by field: what changed is shown, the rest folded away.
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const b = before && typeof before === "object" && !Array.isArray(before) ? (before as Record<string, unknown>) : null;
  const a = after && typeof after === "object" && !Array.isArray(after) ? (after as Record<string, unknown>) : null;
  if (!b && !a) return <span className="text-slate-500">—</span>;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
      {keys.map((key) => {
        const was = b ? show(b[key]) : null;
        const now = a ? show(a[key]) : null;
        return (
          <div key={key} className="contents">
            <dt className="font-medium text-slate-600">{key}</dt>
            <dd className="break-all">
              {b && a && was !== now ? (
                <>
                  <del className="text-rose-800">{was}</del> → <ins className="text-emerald-800 no-underline">{now}</ins>
                </>
              ) : (
                (now ?? was)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
