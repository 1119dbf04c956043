import type { Metadata } from "next";
import { respondentPageText } from "@/messages/respondent/server";

// Sent with `Cache-Control: no-store` like every respondent page.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await respondentPageText();
  return { title: t("invalidMeta") };
}

/** One page for unknown, revoked and expired links alike: it must not hint which. */
export default async function InvalidLinkPage() {
  const { t, lang, dir } = await respondentPageText();
  return (
    <main lang={lang} dir={dir} className="text-start">
      <h1 className="text-2xl font-semibold">{t("invalidTitle")}</h1>
      <p className="mt-4 text-lg">{t("invalidText")}</p>
    </main>
  );
}
