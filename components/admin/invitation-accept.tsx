"use client";
// Accepting an invitation: signed in as the invited address, one button; with an account, sign in first;
// without one, create it with the address the invitation was sent to (any other is refused).
import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { useTRPC } from "@/trpc/client";
import { Alert, Field, firstErrors, NewPasswordFields, primaryButtonClass } from "./fields";

type Mode = "accept" | "signIn" | "create";

export function InvitationAccept({ token, mode }: { token: string; mode: Mode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ title: string; text: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const createAccount = useMutation(trpc.invitation.createAccount.mutationOptions());
  const withPassword = useMutation(trpc.invitation.acceptWithPassword.mutationOptions());

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setMessage(null);
    setErrors({});
    try {
      await withPassword.mutateAsync({ token, email, password });
      const signedIn = await signIn("credentials", { email, password, redirect: false });
      router.replace(signedIn?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    } catch (err) {
      failed(err);
    }
  }

  function failed(err: unknown) {
    const e = callError(err);
    if (e.code === "FORBIDDEN") {
      // A forwarded invitation used with another address: refused, clearly, with nothing written.
      setRefusal({ title: "This invitation is for another address", text: e.message });
      return;
    }
    if (e.code === "PRECONDITION_FAILED" || e.code === "NOT_FOUND") {
      setRefusal({ title: "This invitation cannot be used", text: e.message });
      return;
    }
    setErrors(firstErrors(e.fieldErrors));
    setMessage(e.fieldErrors ? "Some of the details need a change: see the marked fields." : e.message);
  }

  async function onCreate(event: FormEvent<HTMLFormElement>) {
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
      await createAccount.mutateAsync({ token, email: value("email"), name: value("name"), password: value("password") });
      const signedIn = await signIn("credentials", { email: value("email"), password: value("password"), redirect: false });
      router.replace(signedIn?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    } catch (err) {
      failed(err);
    }
  }

  async function onAccept() {
    setMessage(null);
    try {
      await accept.mutateAsync({ token });
      router.replace("/dashboard");
      router.refresh();
    } catch (err) {
      failed(err);
    }
  }

  if (refusal) {
    return (
      <section aria-labelledby="refusal" role="alert" className="mt-6 rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-950">
        <h2 id="refusal" className="text-lg font-semibold">
          {refusal.title}
        </h2>
        <p className="mt-1">{refusal.text}</p>
      </section>
    );
  }
  if (mode === "signIn") {
    const busy = withPassword.isPending || withPassword.isSuccess;
    return (
      <form method="post" onSubmit={onPassword} className="mt-6 space-y-4" noValidate>
        <h2 className="text-lg font-semibold">Accept with your Circles account</h2>
        <p className="text-slate-700">You already have an account with this address: enter its password to accept.</p>
        <Field id="email" label="Your email" type="email" autoComplete="username" required maxLength={254} error={errors.email} />
        <Field id="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
        {message && <Alert>{message}</Alert>}
        <button type="submit" disabled={busy} className={`${primaryButtonClass} w-full`}>
          {busy ? "Joining…" : "Accept the invitation"}
        </button>
        <p className="text-sm">
          <Link href={"/reset-password" as Route} className="font-medium text-brand-700 underline">
            Forgot your password?
          </Link>
        </p>
      </form>
    );
  }
  if (mode === "accept") {
    const busy = accept.isPending || accept.isSuccess;
    return (
      <div className="mt-6 space-y-3">
        {message && <Alert>{message}</Alert>}
        <button type="button" onClick={() => void onAccept()} disabled={busy} className={primaryButtonClass}>
          {busy ? "Joining…" : "Accept the invitation"}
        </button>
      </div>
    );
  }
  const busy = createAccount.isPending || createAccount.isSuccess;
  return (
    <form method="post" onSubmit={onCreate} className="mt-6 space-y-4" noValidate>
      <h2 className="text-lg font-semibold">Create your account</h2>
      <Field
        id="email"
        label="Your email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        hint="The address this invitation was sent to."
        error={errors.email}
      />
      <Field id="name" label="Your name" autoComplete="name" required maxLength={200} error={errors.name} />
      <NewPasswordFields label="Choose a password" errors={errors} />
      {message && <Alert>{message}</Alert>}
      <button type="submit" disabled={busy} className={`${primaryButtonClass} w-full`}>
        {busy ? "Joining…" : "Create account and join"}
      </button>
    </form>
  );
}
