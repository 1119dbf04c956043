"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";

type Organisation = { id: string; name: string };

/** Shown only to people who belong to several organisations; everything on screen follows the choice. */
export function OrganisationSwitcher({ current, organisations }: { current: Organisation; organisations: Organisation[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const switchTo = useMutation(
    trpc.organisation.switch.mutationOptions({
      onSuccess: () => {
        router.push("/dashboard");
        router.refresh();
      },
    }),
  );
  if (organisations.length < 2) return <span className="font-medium">{current.name}</span>;
  return (
    <label className="flex items-center gap-2">
      <span className="sr-only">Organisation</span>
      <select
        value={current.id}
        disabled={switchTo.isPending}
        onChange={(e) => switchTo.mutate({ organisationId: e.target.value })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 font-medium"
      >
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
