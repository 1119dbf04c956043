import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/format";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Point of care" };

/** Step 1 at the bedside: pick the open wave to start a circle in (one big tap). */
export default async function CarePage() {
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin" && current.role !== "staff") notFound();
  const waves = (await orNotFound(caller.wave.list())).filter((w) => w.status === "open");

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-semibold">Point of care</h1>
      <p className="mt-2 text-lg text-slate-700">Choose the wave to start a new circle in.</p>
      {waves.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-lg">
          No wave is open right now. Ask an admin to open one.
        </p>
      ) : (
        <ul className="mt-6 space-y-4">
          {waves.map((wave) => (
            <li key={wave.id}>
              <Link
                href={`/care/waves/${wave.id}`}
                className="flex min-h-16 flex-col justify-center rounded-xl bg-brand-700 px-5 py-4 text-white shadow-sm hover:bg-brand-800 active:bg-brand-800"
              >
                <span className="text-2xl font-semibold">{wave.name}</span>
                <span className="mt-1 text-base text-brand-50">
                  {wave.surveyName} · until {formatDate(wave.closesAt)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
