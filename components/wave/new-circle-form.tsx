"use client";
// Adding a circle from a desk: the experience (reference, site, unit, date) and the people in it, the
// primary first. Perspectives with no room left are not offered; the server checks the same limits.
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { buttonClass, controlProps, FieldIssues, inputClass, primaryButtonClass, TextField } from "@/components/builder/fields";
import { fieldId } from "@/components/builder/issues";
import { callError, type CallError } from "@/components/builder/trpc-error";
import type { TLanguage } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";
import {
  circleFields,
  circleOf,
  countByPerspective,
  newPerson,
  perspectiveWithRoom,
  type CircleDraft,
  type CirclePerspective,
  type PersonDraft,
} from "./circle-model";
import { FormAlert } from "./form-alert";
import { formIssues } from "./form-issues";
import { PersonFields } from "./person-fields";

type Props = {
  waveId: string;
  /** Perspectives the organisation may add, the primary among them. */
  perspectives: CirclePerspective[];
  languages: TLanguage[];
  defaultLanguage: TLanguage;
  /** The wave's audience, offered as suggestions. */
  sites: string[];
  units: string[];
};

export function NewCircleForm({ waveId, perspectives, languages, defaultLanguage, sites, units }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const primary = perspectives.find((p) => p.isPrimary);
  const [draft, setDraft] = useState<CircleDraft>(() => ({
    externalRef: "",
    site: sites.length === 1 ? (sites[0] ?? "") : "",
    unit: "",
    experienceDate: "",
    people: primary ? [newPerson(primary.key)] : [],
  }));
  const [added, setAdded] = useState<number | null>(null);
  const [error, setError] = useState<CallError | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const create = useMutation(
    trpc.circle.create.mutationOptions({
      onSuccess: ({ circleId }) => router.push(`/circles/${circleId}`),
      onError: (err) => {
        const e = callError(err);
        // A reference already used in this wave is a problem of the reference field.
        setError(e.code === "CONFLICT" && !e.fieldErrors ? { ...e, fieldErrors: { externalRef: [e.message] } } : e);
      },
    }),
  );
  const busy = create.isPending || create.isSuccess;
  const issues = formIssues({ error, inputPrefix: "circle", rendered: circleFields(draft.people.length) });
  const counts = countByPerspective(draft.people);
  const room = perspectiveWithRoom(perspectives, draft.people);

  const set = (patch: Partial<CircleDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setPerson = (id: number, patch: Partial<PersonDraft>) =>
    setDraft((d) => ({ ...d, people: d.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) }));
  const addPerson = () => {
    if (!room) return;
    const person = newPerson(room);
    setAdded(person.id);
    // Field errors are placed by row number: they no longer fit once rows change.
    setError(null);
    setDraft((d) => ({ ...d, people: [...d.people, person] }));
  };
  const removePerson = (id: number) => {
    // Focus goes to "Add a person", which the removal may have just enabled: render first, then focus.
    flushSync(() => {
      setError(null);
      setDraft((d) => ({ ...d, people: d.people.filter((p) => p.id !== id) }));
    });
    addButton.current?.focus();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    create.mutate({ waveId, circle: circleOf(draft) });
  };

  return (
    <form method="post" onSubmit={submit} noValidate className="max-w-3xl space-y-8">
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">The experience</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            path="externalRef"
            label="Reference (optional)"
            hint="Your own pseudonymous reference, e.g. an episode number: letters, digits and . _ / -"
            issues={issues}
            value={draft.externalRef}
            onChange={(externalRef) => set({ externalRef })}
            maxLength={100}
          />
          <div>
            <label htmlFor={fieldId("experienceDate")} className="block text-sm font-medium">
              Date of the experience (optional)
            </label>
            <input
              type="date"
              {...controlProps("experienceDate", issues)}
              value={draft.experienceDate}
              onChange={(e) => set({ experienceDate: e.target.value })}
              className={`${inputClass} w-48`}
            />
            <FieldIssues path="experienceDate" issues={issues.at("experienceDate")} />
          </div>
          <SuggestedField path="site" label="Site (optional)" value={draft.site} suggestions={sites} issues={issues} onChange={(site) => set({ site })} />
          <SuggestedField path="unit" label="Unit (optional)" value={draft.unit} suggestions={units} issues={issues} onChange={(unit) => set({ unit })} />
        </div>
      </fieldset>

      <fieldset id={fieldId("respondents")} className="space-y-4">
        <legend className="text-base font-semibold">People in this circle</legend>
        <p className="text-sm text-slate-600">
          Each gets a personal link. Contact details are optional and kept apart from the answers.
        </p>
        <FieldIssues path="respondents" issues={issues.at("respondents")} />
        {draft.people.map((person, index) => (
          <PersonFields
            key={person.id}
            index={index}
            person={person}
            perspectives={perspectives}
            counts={counts}
            languages={languages}
            defaultLanguage={defaultLanguage}
            issues={issues}
            focusOnMount={person.id === added}
            onChange={(patch) => setPerson(person.id, patch)}
            onRemove={index === 0 ? null : () => removePerson(person.id)}
          />
        ))}
        {perspectives.some((p) => !p.isPrimary) && (
          <div>
            <button ref={addButton} type="button" className={buttonClass} disabled={!room} onClick={addPerson}>
              Add a person
            </button>
            {!room && (
              <p className="mt-1 text-sm text-slate-600">This circle has as many people as the survey allows.</p>
            )}
          </div>
        )}
      </fieldset>

      <FormAlert error={error} unplaced={issues.unplaced} blockedCount={0} fallback="The circle was not added." />
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButtonClass} disabled={busy}>
          {busy ? "Adding…" : "Add circle"}
        </button>
        <Link href={`/waves/${waveId}`} className="text-sm font-medium text-brand-700 underline">
          Cancel
        </Link>
      </div>
    </form>
  );
}

function SuggestedField({
  path,
  label,
  value,
  suggestions,
  issues,
  onChange,
}: {
  path: string;
  label: string;
  value: string;
  suggestions: string[];
  issues: ReturnType<typeof formIssues>;
  onChange: (value: string) => void;
}) {
  const listId = `${fieldId(path)}-suggestions`;
  return (
    <div>
      <label htmlFor={fieldId(path)} className="block text-sm font-medium">
        {label}
      </label>
      <input
        type="text"
        maxLength={100}
        list={suggestions.length > 0 ? listId : undefined}
        {...controlProps(path, issues)}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      <FieldIssues path={path} issues={issues.at(path)} />
    </div>
  );
}
