"use client";
// Invitations not yet accepted: to whom, which role, until when, whether the email went; withdraw one.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { secondaryButtonClass } from "@/components/admin/fields";
import { callError } from "@/components/builder/trpc-error";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import type { AppRouterOutputs } from "@/trpc/types";
import { useTRPC } from "@/trpc/client";

type Invitation = AppRouterOutputs["member"]["invitations"][number];

export function InvitationsList({ initial }: { initial: Invitation[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const { data: invitations = initial } = useQuery(trpc.member.invitations.queryOptions(undefined, { initialData: initial }));
  const revoke = useMutation(
    trpc.member.revokeInvitation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.member.invitations.queryKey() }),
      onError: (e) => setError(callError(e).message),
    }),
  );
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="invitations-heading" className="mt-8">
      <h2 id="invitations-heading" className="text-lg font-semibold">
        Invitations not yet accepted
      </h2>
      {error && (
        <p role="alert" className="mt-2 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {error}
        </p>
      )}
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Email</th>
              <th scope="col" className="px-4 py-2 font-medium">Role</th>
              <th scope="col" className="px-4 py-2 font-medium">Email sent</th>
              <th scope="col" className="px-4 py-2 font-medium">Valid until</th>
              <th scope="col" className="px-4 py-2 font-medium"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-4 py-2 font-medium">{i.email}</th>
                <td className="px-4 py-2">
                  {i.role}
                  {(i.sites.length > 0 || i.units.length > 0) && <span className="text-slate-600"> · {[...i.sites, ...i.units].join(", ")}</span>}
                </td>
                <td className="px-4 py-2">{i.messageStatus ? <StatusBadge status={i.messageStatus} /> : "—"}</td>
                <td className="px-4 py-2">{i.expired ? <StatusBadge status="expired" /> : formatDate(i.expiresAt)}</td>
                <td className="px-4 py-2 text-right">
                  <button
                    type="button"
                    disabled={revoke.isPending}
                    onClick={() => {
                      setError(null);
                      revoke.mutate({ invitationId: i.id });
                    }}
                    className={secondaryButtonClass}
                  >
                    Withdraw<span className="sr-only"> the invitation for {i.email}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
