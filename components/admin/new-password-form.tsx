"use client";
// A new password from a reset link, then to the sign-in page.
import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";
import { Alert, firstErrors, NewPasswordFields, primaryButtonClass } from "./fields";

export function NewPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    setMessage(null);
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ confirm: "The two passwords are not the same." });
      return;
    }
    setErrors({});
    try {
      const { email } = await reset.mutateAsync({ token, password });
      router.replace(`/sign-in?reset=1&email=${encodeURIComponent(email)}` as Route);
    } catch (err) {
      const e = callError(err);
      setErrors(firstErrors(e.fieldErrors));
      setMessage(e.fieldErrors ? null : e.message);
    }
  }

  const busy = reset.isPending || reset.isSuccess;
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <NewPasswordFields label="New password" confirmLabel="New password again" errors={errors} />
      {message && <Alert>{message}</Alert>}
      <button type="submit" disabled={busy} className={`${primaryButtonClass} w-full`}>
        {busy ? "Saving…" : "Save the new password"}
      </button>
    </form>
  );
}
