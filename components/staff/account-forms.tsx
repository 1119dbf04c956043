"use client";
// A member's own account: the name colleagues see, and their password (every other session then ends).
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Field, firstErrors, primaryButtonClass } from "@/components/admin/fields";
import { callError } from "@/components/builder/trpc-error";
import { Card } from "@/components/ui/card";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { useTRPC } from "@/trpc/client";

type Result = { tone: "error" | "success"; text: string } | null;

export function AccountForms({ name, email }: { name: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [nameResult, setNameResult] = useState<Result>(null);
  const [passwordResult, setPasswordResult] = useState<Result>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const updateProfile = useMutation(trpc.auth.updateProfile.mutationOptions());
  const changePassword = useMutation(trpc.auth.changePassword.mutationOptions());

  async function onName(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNameResult(null);
    try {
      await updateProfile.mutateAsync({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
      setNameResult({ tone: "success", text: "Name saved." });
      router.refresh();
    } catch (err) {
      const e = callError(err);
      setNameResult({ tone: "error", text: e.fieldErrors?.name?.[0] ? `Name: ${e.fieldErrors.name[0]}` : e.message });
    }
  }

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const currentPassword = String(data.get("currentPassword") ?? "");
    const newPassword = String(data.get("newPassword") ?? "");
    setPasswordResult(null);
    if (newPassword !== String(data.get("confirm") ?? "")) {
      setErrors({ confirm: "The two passwords are not the same." });
      return;
    }
    setErrors({});
    try {
      await changePassword.mutateAsync({ currentPassword, newPassword });
      // Every session ended, this one too: sign this one in again with the new password.
      await signIn("credentials", { email, password: newPassword, redirect: false });
      form.reset();
      setPasswordResult({ tone: "success", text: "Password changed. You were signed out everywhere else." });
      router.refresh();
    } catch (err) {
      const e = callError(err);
      setErrors(firstErrors(e.fieldErrors));
      setPasswordResult({ tone: "error", text: e.message });
    }
  }

  return (
    <div className="mt-6 grid max-w-4xl gap-6 md:grid-cols-2">
      <Card>
        <form method="post" onSubmit={onName} className="space-y-4" aria-labelledby="name-heading">
          <h2 id="name-heading" className="text-lg font-semibold">
            Your name
          </h2>
          <Field id="name" label="Name" defaultValue={name} required maxLength={200} autoComplete="name" />
          {nameResult && <Alert tone={nameResult.tone}>{nameResult.text}</Alert>}
          <button type="submit" disabled={updateProfile.isPending} className={primaryButtonClass}>
            {updateProfile.isPending ? "Saving…" : "Save name"}
          </button>
        </form>
      </Card>
      <Card>
        <form method="post" onSubmit={onPassword} className="space-y-4" aria-labelledby="password-heading" noValidate>
          <h2 id="password-heading" className="text-lg font-semibold">
            Change your password
          </h2>
          <input type="hidden" name="username" autoComplete="username" value={email} />
          <Field id="currentPassword" label="Current password" type="password" autoComplete="current-password" required error={errors.currentPassword} />
          <Field
            id="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
            error={errors.newPassword}
          />
          <Field id="confirm" label="New password again" type="password" autoComplete="new-password" required error={errors.confirm} />
          {passwordResult && <Alert tone={passwordResult.tone}>{passwordResult.text}</Alert>}
          <button type="submit" disabled={changePassword.isPending} className={primaryButtonClass}>
            {changePassword.isPending ? "Saving…" : "Change password"}
          </button>
        </form>
      </Card>
    </div>
  );
}
