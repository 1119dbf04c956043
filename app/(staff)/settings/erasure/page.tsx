import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ErasePerson } from "@/components/admin/erase-person";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Erase a person's data" };

export default async function ErasurePage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin") redirect("/no-access?need=admin");
  return (
    <>
      <p className="text-sm">
        <Link href="/settings" className="text-brand-700 underline">
          Settings
        </Link>{" "}
        / Erase a person&apos;s data
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Erase a person&apos;s data</h1>
      <div className="mt-2 max-w-3xl space-y-2 text-slate-700">
        <p>
          When someone asks for their personal data to be erased, find them by the email address or phone number they were contacted at.
          Erasing removes their contact details, their free-text answers and their personal link, and stops every message to them for good.
        </p>
        <p>
          Their scores and choices stay as anonymous answers, so reports keep their figures. The erasure and its reason are recorded in the
          audit log — write the reason without the person&apos;s details.
        </p>
      </div>
      <ErasePerson />
    </>
  );
}
