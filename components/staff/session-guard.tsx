"use client";
// When any call from an open page is refused because the member's session or access has ended
// (deactivated, password reset elsewhere), the page says so at once instead of failing piece by piece.
import { useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useEffect, useRef, useState } from "react";

function accessEnded(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data = error.data as { accessEnded?: boolean } | undefined;
  return data?.accessEnded ? error.message : null;
}

export function SessionGuard() {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const check = (error: unknown) => {
      const message = accessEnded(error);
      if (message) setReason((current) => current ?? message);
    };
    const queries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") check(event.action.error);
    });
    const mutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "error") check(event.action.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [queryClient]);

  useEffect(() => {
    if (reason) heading.current?.focus();
  }, [reason]);

  if (!reason) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 p-4">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="access-ended-title"
        aria-describedby="access-ended-text"
        className="max-w-md rounded-lg bg-white p-6 shadow-xl"
      >
        <h2 id="access-ended-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
          Your access has been removed
        </h2>
        <p id="access-ended-text" className="mt-2 text-slate-700">
          {reason} This page can no longer be used: your session has ended or an admin changed your access. Sign in again to
          continue, or ask one of your organisation&apos;s admins if you think this is a mistake.
        </p>
        <a href="/sign-in?ended=1" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Sign in again
        </a>
      </div>
    </div>
  );
}
