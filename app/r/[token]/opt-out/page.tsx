import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { respondentPageText } from "@/messages/respondent/server";
import { optOut } from "@/server/services/respondent/opt-out";
import { looksLikeToken } from "@/server/tokens";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await respondentPageText();
  return { title: t("optOutMeta") };
}

/** A confirmation first: mail scanners that follow links must not opt anyone out. */
export default async function OptOutPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { token } = await params;
  const { done } = await searchParams;
  if (!looksLikeToken(token)) redirect("/r/invalid");
  const { t, lang, dir } = await respondentPageText();

  async function confirm() {
    "use server";
    const { db } = await getDatabase();
    const ok = await optOut({ db, token });
    redirect(ok ? `/r/${token}/opt-out?done=1` : "/r/invalid");
  }

  if (done) {
    return (
      <main lang={lang} dir={dir} className="text-start">
        <h1 className="text-2xl font-semibold">{t("optOutDoneTitle")}</h1>
        <p className="mt-4 text-lg">{t("optOutDoneText")}</p>
      </main>
    );
  }
  return (
    <main lang={lang} dir={dir} className="text-start">
      <h1 className="text-2xl font-semibold">{t("optOutTitle")}</h1>
      <p className="mt-4 text-lg">{t("optOutText")}</p>
      <form action={confirm} className="mt-6">
        <button type="submit" className="min-h-12 rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white">
          {t("optOutButton")}
        </button>
      </form>
    </main>
  );
}
