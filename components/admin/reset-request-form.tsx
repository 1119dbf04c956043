"use client";
// "Forgot your password?": the same answer whatever the address.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";
import { Alert, Field, firstErrors, primaryButtonClass } from "./fields";

export function ResetRequestForm() {
  const trpc = useTRPC();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; field: string | null } | null>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setError(null);
    try {
      setDone((await request.mutateAsync({ email })).message);
    } catch (err) {
      const e = callError(err);
      setError({ message: e.fieldErrors ? "Enter an email address." : e.message, field: firstErrors(e.fieldErrors).email ?? null });
    }
  }

  if (done) return <div className="mt-6"><Alert tone="success">{done}</Alert></div>;
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <Field id="email" label="Email" type="email" autoComplete="username" required maxLength={254} error={error?.field} />
      {error && !error.field && <Alert>{error.message}</Alert>}
      <button type="submit" disabled={request.isPending} className={`${primaryButtonClass} w-full`}>
        {request.isPending ? "Sending…" : "Send me a link"}
      </button>
    </form>
  );
}
