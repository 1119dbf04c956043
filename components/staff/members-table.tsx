"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { inputClass, secondaryButtonClass } from "@/components/admin/fields";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AppRouterOutputs } from "@/trpc/types";
import { useTRPC } from "@/trpc/client";
import { placeList } from "./invite-member-form";

type Member = AppRouterOutputs["member"]["list"][number];

export function MembersTable({ initial }: { initial: Member[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const { data: members = initial } = useQuery(trpc.member.list.queryOptions(undefined, { initialData: initial }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
  const setActive = useMutation(
    trpc.member.setActive.mutationOptions({ onSuccess: refresh, onError: (e) => setError(e.message) }),
  );
  const setRole = useMutation(trpc.member.setRole.mutationOptions({ onSuccess: refresh, onError: (e) => setError(e.message) }));

  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {error && (
        <p role="alert" className="border-b border-rose-200 bg-rose-50 px-4 py-2 text-sm text-rose-900">
          {error}
        </p>
      )}
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Email</th>
            <th scope="col" className="px-4 py-2 font-medium">Role</th>
            <th scope="col" className="px-4 py-2 font-medium">Works at</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-slate-100 align-top last:border-0">
              <th scope="row" className="px-4 py-2 font-medium">{m.name}</th>
              <td className="px-4 py-2">{m.email}</td>
              <td className="px-4 py-2">
                <label>
                  <span className="sr-only">Role of {m.name}</span>
                  <select
                    value={m.role}
                    disabled={setRole.isPending}
                    onChange={(e) => {
                      setError(null);
                      setRole.mutate({ membershipId: m.id, role: e.target.value as Member["role"] });
                    }}
                    className="rounded-md border border-slate-300 bg-white px-2 py-1"
                  >
                    <option value="admin">admin</option>
                    <option value="manager">manager</option>
                    <option value="staff">staff</option>
                  </select>
                </label>
              </td>
              <td className="px-4 py-2">
                {m.role === "staff" ? (
                  <ScopeEditor member={m} onSaved={refresh} onError={setError} />
                ) : (
                  <span className="text-slate-600">everywhere</span>
                )}
              </td>
              <td className="px-4 py-2">
                <StatusBadge status={m.active ? "active" : "inactive"} />
              </td>
              <td className="px-4 py-2 text-right">
                <button
                  type="button"
                  disabled={setActive.isPending}
                  onClick={() => {
                    setError(null);
                    setActive.mutate({ membershipId: m.id, active: !m.active });
                  }}
                  className="rounded-md border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100"
                >
                  {m.active ? "Deactivate" : "Reactivate"}
                  <span className="sr-only"> {m.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where a member of staff works: every site and unit, or only some (they then see and start circles only there). */
function ScopeEditor({ member, onSaved, onError }: { member: Member; onSaved: () => void; onError: (message: string) => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const setScope = useMutation(
    trpc.member.setScope.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        onSaved();
      },
      onError: (e) => onError(e.message),
    }),
  );
  const places = [...member.sites, ...member.units];
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setScope.mutate({
      membershipId: member.id,
      scope: { sites: placeList(String(data.get("sites") ?? "")), units: placeList(String(data.get("units") ?? "")) },
    });
  }
  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <span className={places.length > 0 ? "" : "text-slate-600"}>{places.length > 0 ? places.join(", ") : "everywhere"}</span>
        <button type="button" onClick={() => setOpen(true)} className={secondaryButtonClass}>
          Change<span className="sr-only"> where {member.name} works</span>
        </button>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} className="min-w-56 space-y-2" aria-label={`Where ${member.name} works`}>
      <label className="block text-xs font-medium">
        Sites (comma-separated; empty: all)
        <input name="sites" defaultValue={member.sites.join(", ")} maxLength={2000} className={inputClass} />
      </label>
      <label className="block text-xs font-medium">
        Units (comma-separated; empty: all)
        <input name="units" defaultValue={member.units.join(", ")} maxLength={2000} className={inputClass} />
      </label>
      <div className="flex gap-2">
        <button type="submit" disabled={setScope.isPending} className={secondaryButtonClass}>
          Save
        </button>
        <button type="button" onClick={() => setOpen(false)} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
    </form>
  );
}
