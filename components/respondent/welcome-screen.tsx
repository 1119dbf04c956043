// The first screen after the link: who is asking, what happens to the answers, the language, and the
// choice to start (or continue) or not to answer at all.
import type { Ref } from "react";
import { useTranslations } from "use-intl";
import { ChoiceOption } from "@/components/survey/choice-option";
import { LANGUAGES, localize, type TLanguage, type TLocalizedText } from "@/lib/survey/languages";

export const PRIMARY_BUTTON =
  "min-h-12 w-full rounded-lg bg-brand-700 px-6 text-base font-semibold text-white hover:bg-brand-800 sm:w-auto sm:min-w-40";
export const SECONDARY_BUTTON =
  "min-h-12 w-full rounded-lg border border-slate-500 bg-white px-5 text-base font-semibold text-slate-900 hover:bg-slate-100 sm:w-auto";

export type TWelcomeText = {
  organisation: string;
  /** The organisation's logo (our own route), or null. */
  logoUrl: string | null;
  surveyName: string;
  intro: TLocalizedText;
  perspectiveLabel: TLocalizedText;
  anonymityMode: "anonymous" | "confidential";
  privacyText: string | null;
  contactText: string | null;
  languages: TLanguage[];
  defaultLanguage: TLanguage;
};

export function WelcomeScreen({
  text,
  language,
  onLanguage,
  resuming,
  onStart,
  onDecline,
  headingRef,
}: {
  text: TWelcomeText;
  language: TLanguage;
  onLanguage: (language: TLanguage) => void;
  resuming: boolean;
  onStart: () => void;
  onDecline: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const t = useTranslations("respondent");
  const intro = localize(text.intro, language, text.defaultLanguage);
  const label = localize(text.perspectiveLabel, language, text.defaultLanguage);
  const orgLang = language === text.defaultLanguage ? undefined : text.defaultLanguage;
  return (
    <>
      {text.logoUrl && (
        // Above the organisation's name, which says it in words: decorative. On a line of its own with its
        // height set, so nothing moves when it arrives. A small image served by our own route; next/image
        // adds nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={text.logoUrl} alt="" className="mb-2 block h-10 w-auto max-w-40 object-contain" />
      )}
      <p className="text-sm font-semibold text-brand-700">{text.organisation}</p>
      <h1 ref={headingRef} tabIndex={-1} className="mt-2 text-2xl font-semibold break-words">
        {text.surveyName}
      </h1>

      {text.languages.length > 1 && (
        <fieldset className="mt-6 min-w-0">
          <legend className="text-base font-semibold">{t("language")}</legend>
          <div className="mt-2 grid gap-2 min-[22rem]:grid-cols-2">
            {text.languages.map((l) => (
              <ChoiceOption
                key={l}
                type="radio"
                id={`language-${l}`}
                name="language"
                checked={l === language}
                onChange={() => onLanguage(l)}
              >
                {{ text: LANGUAGES[l].name, lang: l === language ? undefined : l }}
              </ChoiceOption>
            ))}
          </div>
        </fieldset>
      )}

      {intro && <p className="mt-6 text-lg">{intro}</p>}
      {label && <p className="mt-4">{t("answeringAs", { label })}</p>}

      <h2 className="mt-6 text-lg font-semibold">{t("whatHappens")}</h2>
      <p className="mt-2">{t(text.anonymityMode)}</p>
      {/* Written once by the organisation, most likely in the survey's default language. */}
      {text.privacyText && (
        <p lang={orgLang} className="mt-2 text-slate-700">
          {text.privacyText}
        </p>
      )}

      <div className="mt-8 flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="button" onClick={onStart} className={PRIMARY_BUTTON}>
          {resuming ? t("continue") : t("start")}
        </button>
        <button type="button" onClick={onDecline} className={SECONDARY_BUTTON}>
          {t("decline")}
        </button>
      </div>
      {text.contactText && (
        <p lang={orgLang} className="mt-8 text-sm text-slate-700">
          {text.contactText}
        </p>
      )}
    </>
  );
}
