import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { optOut } from "@/server/services/respondent/opt-out";
import { looksLikeToken } from "@/server/tokens";

export const metadata: Metadata = { title: "Stop messages" };

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

  async function confirm() {
    "use server";
    const { db } = await getDatabase();
    const ok = await optOut({ db, token });
    redirect(ok ? `/r/${token}/opt-out?done=1` : "/r/invalid");
  }

  if (done) {
    return (
      <main>
        <h1 className="text-2xl font-semibold">You will not hear from us again about this</h1>
        <p className="mt-4 text-lg">We have stopped all messages about this survey to you.</p>
      </main>
    );
  }
  return (
    <main>
      <h1 className="text-2xl font-semibold">Stop messages about this survey?</h1>
      <p className="mt-4 text-lg">We will not send you any more invitations or reminders about it.</p>
      <form action={confirm} className="mt-6">
        <button type="submit" className="min-h-12 rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white">
          Stop messages
        </button>
      </form>
    </main>
  );
}
