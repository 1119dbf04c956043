"use client";
// Inviting a colleague: their address, their role, and for staff optionally the sites and units they work in.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert, Field, firstErrors, inputClass, primaryButtonClass } from "@/components/admin/fields";
import { callError } from "@/components/builder/trpc-error";
import { Card } from "@/components/ui/card";
import { useTRPC } from "@/trpc/client";

type Role = "admin" | "manager" | "staff";

/** "North, South" → ["North", "South"]. */
export const placeList = (value: string) =>
  value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

export function InviteMemberForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>("staff");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const invite = useMutation(trpc.member.invite.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get("invite-email") ?? "");
    setErrors({});
    setResult(null);
    try {
      const scope = role === "staff" ? { sites: placeList(String(data.get("invite-sites") ?? "")), units: placeList(String(data.get("invite-units") ?? "")) } : undefined;
      const invitation = await invite.mutateAsync({ email, role, scope });
      form.reset();
      setRole("staff");
      setResult({
        tone: "success",
        text: `Invitation for ${invitation.email} created. It is sent by email (or kept in the Outbox when no email is configured) and works for 7 days.`,
      });
      await queryClient.invalidateQueries({ queryKey: trpc.member.invitations.queryKey() });
    } catch (err) {
      const e = callError(err);
      const fields = firstErrors(e.fieldErrors);
      setErrors({ email: fields.email ?? "", sites: fields["scope.sites"] ?? fields.sites ?? "", units: fields["scope.units"] ?? "" });
      setResult({ tone: "error", text: e.fieldErrors && !fields.email ? "Not sent: check the marked fields." : e.message });
    }
  }

  return (
    <Card className="mt-6">
      <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite a colleague
        </h2>
        <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
          <Field id="invite-email" label="Email address" type="email" autoComplete="off" required maxLength={254} error={errors.email || null} />
          <div>
            <label htmlFor="invite-role" className="block text-sm font-medium">
              Role
            </label>
            <select id="invite-role" name="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)} className={inputClass}>
              <option value="staff">Staff — start circles, hand out links</option>
              <option value="manager">Manager — reports and exports</option>
              <option value="admin">Admin — everything</option>
            </select>
          </div>
        </div>
        {role === "staff" && (
          <div className="grid gap-4 md:grid-cols-2">
            <Field
              id="invite-sites"
              label="Only at these sites (optional)"
              hint="Separate with commas. Empty: every site."
              maxLength={2000}
              error={errors.sites || null}
            />
            <Field
              id="invite-units"
              label="Only in these units (optional)"
              hint="Separate with commas. Empty: every unit."
              maxLength={2000}
              error={errors.units || null}
            />
          </div>
        )}
        {result && <Alert tone={result.tone}>{result.text}</Alert>}
        <button type="submit" disabled={invite.isPending} className={primaryButtonClass}>
          {invite.isPending ? "Inviting…" : "Send invitation"}
        </button>
      </form>
    </Card>
  );
}
