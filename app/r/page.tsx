// The respondent's page after the link: the welcome (who is asking, what happens to the answers), then
// the survey and its endings, all on this one address so that the phone's offline copy covers them.
import { createHash } from "node:crypto";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { RespondentApp } from "@/components/respondent/respondent-app";
import { initialLanguage } from "@/components/respondent/preferred-language";
import { getDatabase } from "@/db/client";
import { respondentCatalog } from "@/messages/respondent/catalogs";
import { respondentClientMessages } from "@/messages/respondent/compiled";
import { RESPONDENT_COOKIE } from "@/server/context";
import { getWelcome } from "@/server/services/respondent/get-welcome";

// Rendered per request and sent with `Cache-Control: no-store` (the service worker keeps its own copy).
export const dynamic = "force-dynamic";

/** The link's respondent and the language their page opens in; read once per request (title and page). */
const loadPage = cache(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const token = cookieStore.get(RESPONDENT_COOKIE)?.value ?? null;
  const { db } = await getDatabase();
  const welcome = await getWelcome({ db, token });
  if (!welcome || !token) return null;
  const { definition } = welcome;
  const language = initialLanguage({
    stored: welcome.language,
    acceptLanguage: headerList.get("accept-language"),
    offered: definition.languages,
    fallback: definition.defaultLanguage,
  });
  return { token, welcome, language };
});

export async function generateMetadata(): Promise<Metadata> {
  const loaded = await loadPage();
  // Without the staff pages' " · Circles": the respondent knows the organisation asking, not our name.
  return { title: { absolute: respondentCatalog(loaded?.language ?? "en").respondent.documentTitle } };
}

export default async function RespondentPage() {
  const loaded = await loadPage();
  if (!loaded) redirect("/r/invalid");
  const { token, welcome, language } = loaded;
  if (welcome.waveStatus === "closed") redirect("/r/closed");
  if (welcome.waveStatus !== "open") redirect("/r/invalid");

  const { definition } = welcome;
  const perspective = definition.perspectives.find((p) => p.key === welcome.perspectiveKey);
  return (
    <RespondentApp
      // A one-way name for this link's storage on the phone: the token itself never reaches the page.
      storageKey={createHash("sha256").update(`circles.respondent.storage:${token}`).digest("base64url").slice(0, 22)}
      organisation={welcome.organisation}
      logoUrl={welcome.logoUrl}
      surveyName={definition.name}
      intro={definition.intro}
      perspectiveLabel={welcome.perspectiveLabel}
      isPrimary={perspective?.primary ?? false}
      anonymityMode={welcome.anonymityMode}
      privacyText={welcome.privacyText}
      contactText={welcome.contactText}
      languages={definition.languages}
      defaultLanguage={definition.defaultLanguage}
      initialLanguage={language}
      started={welcome.status === "started"}
      completed={welcome.status === "completed"}
      companionInvites={welcome.allowCompanionInvites}
      messages={respondentClientMessages(definition.languages)}
    />
  );
}
