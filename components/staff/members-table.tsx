"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AppRouterOutputs } from "@/trpc/types";
import { useTRPC } from "@/trpc/client";

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
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className="border-b border-slate-100 last:border-0">
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
