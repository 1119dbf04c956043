"use client";
// "New circle" at the point of care: the primary person is already there, companions are one tap each,
// everything else is optional, and one button creates the circle and opens its QR codes.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { callError } from "@/components/builder/trpc-error";
import { FAMILY_RELATIONSHIPS, isFamilyLike } from "@/components/care/relationships";
import { rememberPlace, useRememberedPlace } from "@/components/care/remembered-place";
import { ZNewCircle, type TNewCircle } from "@/lib/circle/new-circle";
import { LANGUAGES, type TLanguage } from "@/lib/survey/languages";
import { useTRPC } from "@/trpc/client";

export type CarePerspective = {
  key: string;
  label: string;
  isPrimary: boolean;
  limitPerCircle: number;
  invitableByOrganisation: boolean;
};

type Person = {
  uid: number;
  perspectiveKey: string;
  relationship: string;
  email: string;
  phone: string;
  language: TLanguage;
  showContact: boolean;
};

type FieldErrors = Record<string, string[]>;

const input =
  "mt-1 block min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-lg aria-[invalid=true]:border-rose-700";
const labelText = "block text-base font-medium";

export function NewCircleForm({
  waveId,
  organisationId,
  perspectives,
  languages,
  defaultLanguage,
  channels,
}: {
  waveId: string;
  organisationId: string;
  perspectives: CarePerspective[];
  languages: TLanguage[];
  defaultLanguage: TLanguage;
  channels: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const formId = useId();
  const nextUid = useRef(1);
  const headings = useRef(new Map<number, HTMLHeadingElement>());
  const addButtons = useRef(new Map<string, HTMLButtonElement>());

  const primary = perspectives.find((p) => p.isPrimary) ?? perspectives[0]!;
  const companions = perspectives.filter((p) => !p.isPrimary && p.invitableByOrganisation);
  const byKey = (key: string) => perspectives.find((p) => p.key === key)!;
  const newPerson = (uid: number, perspectiveKey: string): Person => ({
    uid,
    perspectiveKey,
    relationship: "",
    email: "",
    phone: "",
    language: defaultLanguage,
    showContact: false,
  });

  const [people, setPeople] = useState<Person[]>(() => [newPerson(0, primary.key)]);
  const remembered = useRememberedPlace(organisationId);
  // null: not touched here, so the remembered value (read after hydration) shows.
  const [unit, setUnit] = useState<string | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const place = { unit: unit ?? remembered.unit, site: site ?? remembered.site };
  const [errors, setErrors] = useState<{ message: string; fields: FieldErrors } | null>(null);

  const create = useMutation(
    trpc.circle.create.mutationOptions({
      onSuccess: ({ circleId }) => {
        rememberPlace(organisationId, { unit: place.unit.trim(), site: place.site.trim() });
        router.push(`/care/circles/${circleId}`);
      },
      onError: (err) => {
        const e = callError(err);
        setErrors({ message: e.message, fields: e.fieldErrors ?? {} });
      },
    }),
  );
  const busy = create.isPending || create.isSuccess;

  const count = (key: string) => people.filter((p) => p.perspectiveKey === key).length;
  const update = (uid: number, change: Partial<Person>) =>
    setPeople((list) => list.map((p) => (p.uid === uid ? { ...p, ...change } : p)));

  function add(key: string) {
    const person = newPerson(nextUid.current++, key);
    setPeople((list) => [...list, person]);
    // Move focus to the new person so keyboard and screen-reader users land where they will type.
    requestAnimationFrame(() => headings.current.get(person.uid)?.focus());
  }

  function remove(person: Person) {
    setPeople((list) => list.filter((p) => p.uid !== person.uid));
    requestAnimationFrame(() => addButtons.current.get(person.perspectiveKey)?.focus());
  }

  /** Errors come as `circle.respondents.1.email` (input check) or `respondents.1.email` (service check). */
  const fieldError = (path: string): string | undefined => {
    const messages = errors?.fields[`circle.${path}`] ?? errors?.fields[path];
    return messages?.join("; ");
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const circle: TNewCircle = {
      unit: place.unit.trim() || null,
      site: place.site.trim() || null,
      experienceDate: localDate(new Date()),
      respondents: people.map((p) => ({
        perspectiveKey: p.perspectiveKey,
        relationship: p.relationship.trim() || null,
        email: p.email.trim() || null,
        phone: p.phone.trim() || null,
        language: p.language,
      })),
    };
    // Same schema as the server: mistakes show at once, without a round trip on a slow ward network.
    const checked = ZNewCircle.safeParse(circle);
    if (!checked.success) {
      const fields: FieldErrors = {};
      for (const issue of checked.error.issues) (fields[issue.path.join(".")] ??= []).push(issue.message);
      setPeople((list) =>
        list.map((p, i) =>
          fields[`respondents.${i}.email`] || fields[`respondents.${i}.phone`] ? { ...p, showContact: true } : p,
        ),
      );
      setErrors({ message: "Please check the highlighted fields.", fields });
      return;
    }
    setErrors(null);
    create.mutate({ waveId, circle: checked.data });
  }

  const canEmail = channels.includes("email");
  const canText = channels.includes("sms");

  return (
    <form method="post" onSubmit={submit} noValidate className="mt-6 space-y-6" aria-describedby={errors ? `${formId}-error` : undefined}>
      {errors && (
        <div id={`${formId}-error`} role="alert" className="rounded-lg border border-rose-300 bg-rose-50 p-4 text-base text-rose-900">
          <p className="font-semibold">The circle was not created.</p>
          <p className="mt-1">{errors.message}</p>
          {fieldError("respondents") && <p className="mt-1">{fieldError("respondents")}</p>}
        </div>
      )}

      <section aria-labelledby={`${formId}-people`}>
        <h2 id={`${formId}-people`} className="text-xl font-semibold">
          Who is here
        </h2>
        <ul className="mt-3 space-y-4">
          {people.map((person, index) => {
            const perspective = byKey(person.perspectiveKey);
            const same = people.filter((p) => p.perspectiveKey === person.perspectiveKey);
            const title = same.length > 1 ? `${perspective.label} ${same.indexOf(person) + 1}` : perspective.label;
            const id = `${formId}-${person.uid}`;
            const path = `respondents.${index}`;
            const errorOf = (field: string) => fieldError(`${path}.${field}`);
            return (
              <li key={person.uid} className="rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
                <div className="flex items-center justify-between gap-3">
                  <h3
                    ref={(el) => {
                      if (el) headings.current.set(person.uid, el);
                      else headings.current.delete(person.uid);
                    }}
                    tabIndex={-1}
                    className="text-2xl font-semibold"
                  >
                    {title}
                  </h3>
                  {!perspective.isPrimary && (
                    <button
                      type="button"
                      onClick={() => remove(person)}
                      className="min-h-11 min-w-11 rounded-lg border border-slate-400 px-3 text-base font-medium hover:bg-slate-100"
                    >
                      Remove<span className="sr-only"> {title}</span>
                    </button>
                  )}
                </div>
                {errorOf("perspectiveKey") && <p className="mt-2 text-base text-rose-800">{errorOf("perspectiveKey")}</p>}

                {!perspective.isPrimary && (
                  <div className="mt-3">
                    <label htmlFor={`${id}-relationship`} className={labelText}>
                      {isFamilyLike(perspective)
                        ? `Relationship to the ${primary.label.toLocaleLowerCase()}`
                        : "Role or relationship"}
                      <span className="sr-only"> for {title}</span> (optional)
                    </label>
                    {isFamilyLike(perspective) ? (
                      <select
                        id={`${id}-relationship`}
                        value={person.relationship}
                        onChange={(e) => update(person.uid, { relationship: e.target.value })}
                        className={input}
                      >
                        <option value="">Not said</option>
                        {FAMILY_RELATIONSHIPS.map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        id={`${id}-relationship`}
                        value={person.relationship}
                        maxLength={60}
                        autoComplete="off"
                        onChange={(e) => update(person.uid, { relationship: e.target.value })}
                        aria-invalid={errorOf("relationship") ? true : undefined}
                        aria-describedby={errorOf("relationship") ? `${id}-relationship-error` : undefined}
                        className={input}
                      />
                    )}
                    <FieldError id={`${id}-relationship-error`} message={errorOf("relationship")} />
                  </div>
                )}

                {languages.length > 1 && (
                  <div className="mt-3">
                    <label htmlFor={`${id}-language`} className={labelText}>
                      Language<span className="sr-only"> for {title}</span>
                    </label>
                    <select
                      id={`${id}-language`}
                      value={person.language}
                      onChange={(e) => update(person.uid, { language: e.target.value as TLanguage })}
                      className={input}
                    >
                      {languages.map((code) => (
                        <option key={code} value={code} lang={code}>
                          {LANGUAGES[code].name}
                        </option>
                      ))}
                    </select>
                  </div>
                )}

                {(canEmail || canText) && (
                  <details
                    open={person.showContact}
                    onToggle={(e) => update(person.uid, { showContact: e.currentTarget.open })}
                    className="group mt-3"
                  >
                    <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 text-base font-medium text-brand-700 [&::-webkit-details-marker]:hidden">
                      <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                        ▸
                      </span>
                      Send the link instead<span className="sr-only"> to {title}</span>
                    </summary>
                    <p className="text-base text-slate-700">The link goes to this address instead of a QR code. Optional.</p>
                    {canEmail && (
                      <div className="mt-2">
                        <label htmlFor={`${id}-email`} className={labelText}>
                          Email<span className="sr-only"> for {title}</span>
                        </label>
                        <input
                          id={`${id}-email`}
                          type="email"
                          inputMode="email"
                          autoComplete="off"
                          maxLength={254}
                          value={person.email}
                          onChange={(e) => update(person.uid, { email: e.target.value })}
                          aria-invalid={errorOf("email") ? true : undefined}
                          aria-describedby={errorOf("email") ? `${id}-email-error` : undefined}
                          className={input}
                        />
                        <FieldError id={`${id}-email-error`} message={errorOf("email")} />
                      </div>
                    )}
                    {canText && (
                      <div className="mt-2">
                        <label htmlFor={`${id}-phone`} className={labelText}>
                          Mobile number<span className="sr-only"> for {title}</span>
                        </label>
                        <p id={`${id}-phone-hint`} className="text-sm text-slate-700">
                          With the country code, such as +44 7700 900123.
                        </p>
                        <input
                          id={`${id}-phone`}
                          type="tel"
                          inputMode="tel"
                          autoComplete="off"
                          maxLength={24}
                          value={person.phone}
                          onChange={(e) => update(person.uid, { phone: e.target.value })}
                          aria-invalid={errorOf("phone") ? true : undefined}
                          aria-describedby={`${id}-phone-hint${errorOf("phone") ? ` ${id}-phone-error` : ""}`}
                          className={input}
                        />
                        <FieldError id={`${id}-phone-error`} message={errorOf("phone")} />
                      </div>
                    )}
                  </details>
                )}
              </li>
            );
          })}
        </ul>

        {companions.length > 0 && (
          <div className="mt-4 grid grid-cols-2 gap-3">
            {companions.map((p) => {
              const full = count(p.key) >= p.limitPerCircle;
              return (
                <button
                  key={p.key}
                  type="button"
                  ref={(el) => {
                    if (el) addButtons.current.set(p.key, el);
                    else addButtons.current.delete(p.key);
                  }}
                  disabled={full}
                  aria-describedby={full ? `${formId}-${p.key}-full` : undefined}
                  onClick={() => add(p.key)}
                  className="min-h-14 rounded-xl border-2 border-brand-700 bg-white px-3 text-xl font-semibold text-brand-700 hover:bg-brand-50 disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-500"
                >
                  <span aria-hidden="true">+ </span>
                  <span className="sr-only">Add </span>
                  {p.label}
                </button>
              );
            })}
          </div>
        )}
        {companions
          .filter((p) => count(p.key) >= p.limitPerCircle)
          .map((p) => (
            <p key={p.key} id={`${formId}-${p.key}-full`} className="mt-2 text-base text-slate-700">
              A circle has at most {p.limitPerCircle} {p.label.toLocaleLowerCase()}.
            </p>
          ))}
      </section>

      <section aria-labelledby={`${formId}-place`}>
        <h2 id={`${formId}-place`} className="text-xl font-semibold">
          Where
        </h2>
        <p className="text-base text-slate-700">Optional. Remembered on this device for the next circle; dated today.</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${formId}-unit`} className={labelText}>
              Ward or unit
            </label>
            <input
              id={`${formId}-unit`}
              value={place.unit}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => setUnit(e.target.value)}
              aria-invalid={fieldError("unit") ? true : undefined}
              aria-describedby={fieldError("unit") ? `${formId}-unit-error` : undefined}
              className={input}
            />
            <FieldError id={`${formId}-unit-error`} message={fieldError("unit")} />
          </div>
          <div>
            <label htmlFor={`${formId}-site`} className={labelText}>
              Site
            </label>
            <input
              id={`${formId}-site`}
              value={place.site}
              maxLength={100}
              autoComplete="off"
              onChange={(e) => setSite(e.target.value)}
              aria-invalid={fieldError("site") ? true : undefined}
              aria-describedby={fieldError("site") ? `${formId}-site-error` : undefined}
              className={input}
            />
            <FieldError id={`${formId}-site-error`} message={fieldError("site")} />
          </div>
        </div>
      </section>

      <button
        type="submit"
        disabled={busy}
        className="min-h-16 w-full rounded-xl bg-brand-700 px-4 text-xl font-semibold text-white shadow-sm hover:bg-brand-800 disabled:bg-slate-500"
      >
        {busy ? "Creating…" : "Create and show QR codes"}
      </button>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-base text-rose-800">
      {message}
    </p>
  );
}

/** YYYY-MM-DD in the device's time zone: the ward's "today", not UTC's. */
function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
