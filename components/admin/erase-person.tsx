"use client";
// Erasure on request: find every time a person was asked (by email or phone), then erase each, with a reason.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate } from "@/lib/format";
import { localize } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";
import { Alert, dangerButtonClass, Field, inputClass, primaryButtonClass } from "./fields";

export function ErasePerson() {
  const trpc = useTRPC();
  const [query, setQuery] = useState<string | null>(null);
  const [erased, setErased] = useState<Set<string>>(new Set());
  const found = useQuery({ ...trpc.retention.findRespondents.queryOptions({ query: query ?? "" }), enabled: query !== null, staleTime: 0 });

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("query") ?? "").trim();
    setErased(new Set());
    setQuery(value.length >= 3 ? value : null);
  }

  return (
    <>
      <Card className="mt-6 max-w-2xl">
        <form method="post" onSubmit={onSearch} role="search" className="flex flex-wrap items-end gap-3" aria-label="Find a person">
          <Field id="query" label="Email address or phone number" autoComplete="off" required minLength={3} maxLength={254} className="min-w-64 flex-1" />
          <button type="submit" className={primaryButtonClass}>
            Find
          </button>
        </form>
      </Card>
      {query !== null && (
        <section aria-live="polite" className="mt-6">
          {found.isPending ? (
            <p>Searching…</p>
          ) : found.isError ? (
            <Alert>{callError(found.error).message}</Alert>
          ) : !found.data.understood ? (
            <Alert>Enter a whole email address, or a phone number in international form such as +44 7700 900123.</Alert>
          ) : found.data.respondents.length === 0 ? (
            <p>Nobody with that address or number is in this organisation&apos;s circles (or their data was already erased).</p>
          ) : (
            <>
              <h2 className="text-lg font-semibold">
                {found.data.respondents.length === 1 ? "1 time this person was asked" : `${found.data.respondents.length} times this person was asked`}
              </h2>
              <ul className="mt-3 space-y-4">
                {found.data.respondents.map((r) => (
                  <li key={r.respondentId}>
                    <Card>
                      <p className="flex flex-wrap items-center gap-2">
                        <span className="font-medium">
                          {localize(r.perspectiveLabel, "en")}
                          {r.relationship ? ` (${r.relationship})` : ""}
                        </span>
                        <StatusBadge status={r.status} />
                        <span className="text-sm text-slate-600">
                          {r.waveName} · circle {r.externalRef ?? "without reference"} · added {formatDate(r.createdAt)}
                        </span>
                      </p>
                      {erased.has(r.respondentId) ? (
                        <p role="status" className="mt-3 font-medium text-emerald-900">
                          Erased. Nothing will be sent to this person again.
                        </p>
                      ) : (
                        <EraseForm respondentId={r.respondentId} onErased={() => setErased((s) => new Set(s).add(r.respondentId))} />
                      )}
                    </Card>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

function EraseForm({ respondentId, onErased }: { respondentId: string; onErased: () => void }) {
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const erase = useMutation(trpc.retention.eraseRespondent.mutationOptions());
  const id = `reason-${respondentId}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    setError(null);
    try {
      await erase.mutateAsync({ respondentId, reason });
      onErased();
    } catch (err) {
      const e = callError(err);
      setError(e.fieldErrors?.reason?.[0] ? `Reason: ${e.fieldErrors.reason[0]}` : e.message);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Reason for erasing
        </label>
        <input
          id={id}
          name="reason"
          required
          minLength={3}
          maxLength={500}
          placeholder="e.g. request by letter of 2 November"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={inputClass}
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm text-rose-800">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={erase.isPending} className={dangerButtonClass}>
        {erase.isPending ? "Erasing…" : "Erase this person's data"}
      </button>
    </form>
  );
}
