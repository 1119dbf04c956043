"use client";
// First run: the organisation and its first admin in one step, then straight into the dashboard.
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";
import { Alert, Field, firstErrors, NewPasswordFields, primaryButtonClass } from "./fields";

export function SetupForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const create = useMutation(trpc.setup.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? "");
    setMessage(null);
    if (value("password") !== value("confirm")) {
      setErrors({ confirm: "The two passwords are not the same." });
      return;
    }
    setErrors({});
    try {
      const input = { organisationName: value("organisationName"), name: value("name"), email: value("email"), password: value("password") };
      const created = await create.mutateAsync(input);
      const signedIn = await signIn("credentials", { email: created.email, password: input.password, redirect: false });
      router.replace(signedIn?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    } catch (err) {
      const e = callError(err);
      setErrors(firstErrors(e.fieldErrors));
      setMessage(e.fieldErrors ? "Some of the details need a change: see the marked fields." : e.message);
    }
  }

  const busy = create.isPending || create.isSuccess;
  return (
    <form method="post" onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <Field id="organisationName" label="Organisation name" autoComplete="organization" required maxLength={200} error={errors.organisationName} />
      <Field id="name" label="Your name" autoComplete="name" required maxLength={200} error={errors.name} />
      <Field id="email" label="Your email" type="email" autoComplete="email" required maxLength={254} error={errors.email} />
      <NewPasswordFields errors={errors} />
      {message && <Alert>{message}</Alert>}
      <button type="submit" disabled={busy} className={`${primaryButtonClass} w-full`}>
        {busy ? "Creating…" : "Create the organisation"}
      </button>
    </form>
  );
}
