"use client";
// "Who else was with you?" on the thanks screen (loaded on demand, see respondent-app.tsx): the
// companions this respondent invited, each with a QR code to hand the phone over, the share sheet (or a
// copied link) and, when a contact was given, the invitation the outbox sends; and a form to add one
// more while the wave allows it. The server decides who may be invited and how many (list-companions).
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "use-intl";
import { QrCode } from "@/components/care/qr-code";
import { ChoiceOption } from "@/components/survey/choice-option";
import {
  COMPANION_RELATIONSHIPS,
  MAX_COMPANION_NAME_LENGTH,
  MAX_CONTACT_LENGTH,
  readContact,
  relationshipKey,
  type TCompanionRelationship,
} from "@/lib/respondent/companions";
import { localize, type TLanguage } from "@/lib/survey/languages";
import { call, mutate, ProcedureError, type TCompanions, type TInvitedCompanion } from "./api";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "./welcome-screen";

type TCompanion = TCompanions["companions"][number];
type TField = "perspective" | "relationship" | "contact";

/** "Who else was with you?": whether this respondent may invite now, and whom they invited (with their links). */
function listCompanions(): Promise<TCompanions> {
  return call<TCompanions>("respondent.listCompanions", { method: "GET" });
}

/** A companion in the respondent's circle; `contact` is an email address or a mobile number. */
function inviteCompanion(input: {
  perspectiveKey: string;
  relationship: string;
  name?: string;
  contact?: string;
  language: string;
}): Promise<TInvitedCompanion> {
  return mutate<TInvitedCompanion>("respondent.inviteCompanion", input);
}

const INPUT =
  "mt-2 block min-h-12 w-full rounded-lg border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 hover:border-slate-800";

export function CompanionsSection({
  language,
  defaultLanguage,
  organisation,
}: {
  language: TLanguage;
  defaultLanguage: TLanguage;
  organisation: string;
}) {
  const t = useTranslations("companions");
  const tRespondent = useTranslations("respondent");
  const uid = useId();
  const [data, setData] = useState<TCompanions | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [perspectiveKey, setPerspectiveKey] = useState<string | null>(null);
  const [relationship, setRelationship] = useState<TCompanionRelationship | null>(null);
  const [name, setName] = useState("");
  const [contact, setContact] = useState("");
  const [errors, setErrors] = useState<Partial<Record<TField, string>>>({});
  // Counts refusals so a second one is announced again.
  const [refused, setRefused] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<{ id: string; who: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    load();
  }, []);

  // A person just added: their card's heading takes the focus (the QR code and share button follow it).
  useEffect(() => {
    if (added) document.getElementById(`${uid}-companion-${added.id}`)?.focus();
  }, [added, uid]);

  function load() {
    setLoadFailed(false);
    return listCompanions().then(
      (loaded) => {
        setData(loaded);
        return loaded;
      },
      () => {
        setLoadFailed(true);
        return null;
      },
    );
  }

  const relationshipLabel = (r: TCompanionRelationship) => t(`relationship.${relationshipKey(r)}`);
  const perspectiveLabel = (label: TCompanion["perspectiveLabel"]) => localize(label, language, defaultLanguage);
  const whoOf = (c: TCompanion) => c.name || (c.relationship ? relationshipLabel(c.relationship) : perspectiveLabel(c.perspectiveLabel));

  if (!data) {
    return loadFailed ? (
      <div role="alert" className="mt-10 border-t border-slate-300 pt-8">
        <p>{t("loadFailed")}</p>
        <button type="button" onClick={() => void load()} className={`mt-4 ${SECONDARY_BUTTON}`}>
          {tRespondent("tryAgain")}
        </button>
      </div>
    ) : null;
  }
  // Nothing to say when this wave takes no companions and none were invited.
  if (data.companions.length === 0 && (data.block === "notAllowed" || data.block === "notSubmitted")) return null;

  const channels = data.contactChannels;
  const contactVariant = channels.length === 2 ? "Both" : channels[0] === "email" ? "Email" : "Sms";
  const perspectives = data.perspectives;
  const chosenPerspective = perspectives.length === 1 ? perspectives[0]!.key : perspectiveKey;

  function check(): Partial<Record<TField, string>> {
    const found: Partial<Record<TField, string>> = {};
    if (!chosenPerspective) found.perspective = t("perspectiveRequired");
    if (!relationship) found.relationship = t("relationshipRequired");
    if (contact.trim() !== "") {
      const read = readContact(contact);
      const usable = read && (("email" in read && channels.includes("email")) || ("phone" in read && channels.includes("sms")));
      if (!usable) found.contact = t(`contactInvalid${contactVariant}`);
    }
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (adding) return;
    setFormError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setRefused((n) => n + 1);
      const first = (["perspective", "relationship", "contact"] as const).find((f) => found[f]);
      formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"] input`)?.focus();
      return;
    }
    setAdding(true);
    try {
      const invited = await inviteCompanion({
        perspectiveKey: chosenPerspective!,
        relationship: relationship!,
        name: name.trim() || undefined,
        contact: contact.trim() || undefined,
        language,
      });
      const who = name.trim() || relationshipLabel(relationship!);
      setPerspectiveKey(null);
      setRelationship(null);
      setName("");
      setContact("");
      setErrors({});
      await load();
      setAdded({ id: invited.id, who });
    } catch (err) {
      const error = err instanceof ProcedureError ? err : new ProcedureError(String(err), "NETWORK", 0);
      if (error.code === "UNAUTHORIZED") return window.location.replace("/r/invalid");
      if (error.retryable) return setFormError(t("failed"));
      if (error.fieldErrors?.contact) {
        setErrors({ contact: t(`contactInvalid${contactVariant}`) });
        return setRefused((n) => n + 1);
      }
      // Closed, full or no longer offered: the server's state decides what the screen shows now.
      const fresh = await load();
      if (fresh?.block === "closed") return setFormError(t("closed"));
      if (fresh?.block === "full") return setFormError(t("full"));
      setFormError(error.message);
    } finally {
      setAdding(false);
    }
  }

  const fieldError = (field: TField) =>
    errors[field] ? (
      <p id={`${uid}-${field}-error`} className="mt-2 text-sm font-semibold text-rose-800">
        {errors[field]}
      </p>
    ) : null;

  return (
    <section aria-labelledby={`${uid}-title`} className="mt-10 border-t border-slate-300 pt-8">
      <h2 id={`${uid}-title`} className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-3">{t("intro")}</p>
      <p className="mt-2 text-slate-700">{t("private")}</p>

      <p role="status" className="mt-4 font-semibold text-brand-800 empty:hidden">
        {added ? t("added", { who: added.who }) : ""}
      </p>

      {data.companions.length > 0 && (
        <>
          <h3 className="mt-8 text-lg font-semibold">{t("invitedTitle")}</h3>
          <ul className="mt-4 space-y-6">
            {data.companions.map((c) => (
              <CompanionCard
                key={c.id}
                companion={c}
                headingId={`${uid}-companion-${c.id}`}
                who={whoOf(c)}
                detail={t("who", {
                  relationship: c.relationship ? relationshipLabel(c.relationship) : "",
                  perspective: perspectiveLabel(c.perspectiveLabel),
                }).replace(/^ · /, "")}
                organisation={organisation}
              />
            ))}
          </ul>
        </>
      )}

      {data.block === "closed" && <p className="mt-6 font-semibold">{t("closed")}</p>}
      {data.block === "full" && <p className="mt-6 font-semibold">{t("full")}</p>}

      {data.block === null && (
        <form method="post" ref={formRef} noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-form-title`} className="mt-8">
          <h3 id={`${uid}-form-title`} className="text-lg font-semibold">
            {t("formTitle")}
          </h3>
          <p className="mt-1 text-sm text-slate-700">{t("remaining", { count: data.remaining })}</p>

          {Object.keys(errors).length > 0 && (
            <p key={refused} role="alert" className="mt-4 rounded-lg border-2 border-rose-700 bg-rose-50 p-3 text-sm font-semibold text-rose-900">
              {t("fixErrors")}
            </p>
          )}

          {perspectives.length > 1 ? (
            <fieldset
              data-field="perspective"
              aria-describedby={errors.perspective ? `${uid}-perspective-error` : undefined}
              className="mt-6 min-w-0"
            >
              <legend className="text-base font-semibold">{t("perspective")}</legend>
              {fieldError("perspective")}
              <div className="mt-2 grid gap-2">
                {perspectives.map((p) => (
                  <ChoiceOption
                    key={p.key}
                    type="radio"
                    id={`${uid}-perspective-${p.key}`}
                    name={`${uid}-perspective`}
                    checked={perspectiveKey === p.key}
                    onChange={() => setPerspectiveKey(p.key)}
                  >
                    {perspectiveLabel(p.label)}
                  </ChoiceOption>
                ))}
              </div>
            </fieldset>
          ) : (
            <p className="mt-6">{t("answersAs", { label: perspectiveLabel(perspectives[0]!.label) })}</p>
          )}

          <fieldset
            data-field="relationship"
            aria-describedby={errors.relationship ? `${uid}-relationship-error` : undefined}
            className="mt-6 min-w-0"
          >
            <legend className="text-base font-semibold">{data.isPrimary ? t("relationshipSelf") : t("relationshipOther")}</legend>
            {fieldError("relationship")}
            <div className="mt-2 grid gap-2 min-[22rem]:grid-cols-2">
              {COMPANION_RELATIONSHIPS.map((r) => (
                <ChoiceOption
                  key={r}
                  type="radio"
                  id={`${uid}-relationship-${relationshipKey(r)}`}
                  name={`${uid}-relationship`}
                  checked={relationship === r}
                  onChange={() => setRelationship(r)}
                >
                  {relationshipLabel(r)}
                </ChoiceOption>
              ))}
            </div>
          </fieldset>

          <div className="mt-6">
            <label htmlFor={`${uid}-name`} className="text-base font-semibold">
              {t("name")}
            </label>
            <p id={`${uid}-name-hint`} className="mt-1 text-sm text-slate-700">
              {t("nameHint")}
            </p>
            <input
              id={`${uid}-name`}
              type="text"
              autoComplete="off"
              maxLength={MAX_COMPANION_NAME_LENGTH}
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={`${uid}-name-hint`}
              className={INPUT}
            />
          </div>

          {channels.length > 0 && (
            <div data-field="contact" className="mt-6">
              <label htmlFor={`${uid}-contact`} className="text-base font-semibold">
                {t(`contact${contactVariant}`)}
              </label>
              <p id={`${uid}-contact-hint`} className="mt-1 text-sm text-slate-700">
                {t(`contactHint${contactVariant}`)}
              </p>
              {fieldError("contact")}
              <input
                id={`${uid}-contact`}
                type={contactVariant === "Email" ? "email" : contactVariant === "Sms" ? "tel" : "text"}
                inputMode={contactVariant === "Email" ? "email" : contactVariant === "Sms" ? "tel" : "text"}
                autoComplete="off"
                dir="ltr"
                maxLength={MAX_CONTACT_LENGTH}
                value={contact}
                onChange={(e) => setContact(e.target.value)}
                aria-invalid={errors.contact ? true : undefined}
                aria-describedby={[`${uid}-contact-hint`, errors.contact ? `${uid}-contact-error` : null].filter(Boolean).join(" ")}
                className={`${INPUT} text-start`}
              />
            </div>
          )}

          {formError && (
            <p role="alert" className="mt-6 rounded-lg border-2 border-rose-700 bg-rose-50 p-3 text-sm font-semibold text-rose-900">
              {formError}
            </p>
          )}

          <div className="mt-8">
            <button type="submit" aria-disabled={adding || undefined} className={`${PRIMARY_BUTTON} aria-disabled:cursor-wait`}>
              {adding ? t("adding") : t("submit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** One invited person: who, their QR code and link to hand over or share, and how else it reaches them. */
function CompanionCard({
  companion,
  headingId,
  who,
  detail,
  organisation,
}: {
  companion: TCompanion;
  headingId: string;
  who: string;
  detail: string;
  organisation: string;
}) {
  const t = useTranslations("companions");
  const [copyState, setCopyState] = useState<"copied" | "failed" | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const url = companion.token ? `${window.location.origin}/r/${companion.token}` : null;

  async function share() {
    if (!url) return;
    setCopyState(null);
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: organisation, text: t("shareText", { organisation }), url });
        return;
      } catch (err) {
        // Closing the share sheet is not a failure; anything else falls back to copying.
        if (err instanceof DOMException && err.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      linkRef.current?.select();
      setCopyState("failed");
    }
  }

  return (
    <li className="rounded-lg border border-slate-300 p-4">
      <h4 id={headingId} tabIndex={-1} className="text-lg font-semibold break-words">
        {who}
      </h4>
      <p className="text-sm text-slate-700">{detail}</p>
      {companion.answered ? (
        <p className="mt-3 font-semibold text-brand-800">{t("answered")}</p>
      ) : url ? (
        <>
          <p className="mt-3">{t("handOver")}</p>
          <QrCode value={url} label={t("qrLabel", { who })} className="mx-auto mt-3 w-full max-w-64" />
          <label htmlFor={`${headingId}-link`} className="mt-4 block text-sm font-semibold">
            {t("linkLabel", { who })}
          </label>
          <input
            ref={linkRef}
            id={`${headingId}-link`}
            type="text"
            readOnly
            dir="ltr"
            value={url}
            onFocus={(e) => e.currentTarget.select()}
            className={`${INPUT} font-mono text-sm`}
          />
          <div className="mt-3">
            <button type="button" onClick={() => void share()} className={SECONDARY_BUTTON}>
              {t("share")}
            </button>
          </div>
          <p role="status" className="mt-2 text-sm font-medium text-slate-800 empty:hidden">
            {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copyFailed") : ""}
          </p>
          {companion.sentBy && <p className="mt-2 text-sm text-slate-700">{t(companion.sentBy === "email" ? "sentByEmail" : "sentBySms")}</p>}
        </>
      ) : (
        <p className="mt-3 text-slate-700">{t("noLink")}</p>
      )}
    </li>
  );
}
