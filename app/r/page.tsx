import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { localize, textDirection, type TLanguage } from "@/lib/survey/languages";
import { RESPONDENT_COOKIE } from "@/server/context";
import { getWelcome } from "@/server/services/respondent/get-welcome";

export const metadata: Metadata = { title: "Your feedback" };
export const dynamic = "force-dynamic";

const ANONYMITY = {
  anonymous:
    "Your answers are anonymous: they are only ever shown combined with the answers of at least several other people, and no one can see what you said.",
  confidential:
    "Your answers are confidential: reports combine them with other people's answers; only a small number of administrators can see one circle's answers, to improve care.",
} as const;

export default async function WelcomePage() {
  const token = (await cookies()).get(RESPONDENT_COOKIE)?.value ?? null;
  const { db } = await getDatabase();
  const welcome = await getWelcome({ db, token });
  if (!welcome) redirect("/r/invalid");
  if (welcome.waveStatus === "closed") redirect("/r/closed");
  const language = (welcome.definition.languages.includes(welcome.language as TLanguage)
    ? welcome.language
    : welcome.definition.defaultLanguage) as TLanguage;
  const intro = localize(welcome.definition.intro, language, welcome.definition.defaultLanguage);
  return (
    <main lang={language} dir={textDirection(language)}>
      <p className="text-sm font-semibold text-brand-700">{welcome.organisation}</p>
      <h1 className="mt-2 text-2xl font-semibold">{welcome.definition.name}</h1>
      {welcome.status === "completed" ? (
        <p className="mt-4 text-lg">Thank you: your answers have been received.</p>
      ) : (
        <>
          {intro && <p className="mt-4 text-lg">{intro}</p>}
          <p className="mt-4">
            You are answering as: <strong>{localize(welcome.perspectiveLabel, language)}</strong>
          </p>
          <h2 className="mt-6 text-lg font-semibold">What happens to your answers</h2>
          <p className="mt-2">{ANONYMITY[welcome.anonymityMode]}</p>
          {welcome.privacyText && <p className="mt-2 text-slate-700">{welcome.privacyText}</p>}
        </>
      )}
      {welcome.contactText && <p className="mt-6 text-sm text-slate-700">{welcome.contactText}</p>}
    </main>
  );
}
