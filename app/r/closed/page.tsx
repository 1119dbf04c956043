import type { Metadata } from "next";
import { respondentPageText } from "@/messages/respondent/server";

// Sent with `Cache-Control: no-store` like every respondent page.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await respondentPageText();
  return { title: t("closedMeta") };
}

export default async function ClosedPage() {
  const { t, lang, dir } = await respondentPageText();
  return (
    <main lang={lang} dir={dir} className="text-start">
      <h1 className="text-2xl font-semibold">{t("closedTitle")}</h1>
      <p className="mt-4 text-lg">{t("closedText")}</p>
    </main>
  );
}
