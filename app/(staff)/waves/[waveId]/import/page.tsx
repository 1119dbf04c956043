import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CircleImport } from "@/components/import/circle-import";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Import circles" };

export default async function ImportCirclesPage({ params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  const caller = await getCaller();
  const [{ wave, perspectives }, current] = await Promise.all([
    orNotFound(caller.wave.get({ waveId })),
    orNotFound(caller.organisation.current()),
  ]);
  if (current.role !== "admin" || wave.status === "closed") notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={`/waves/${wave.id}`} className="text-brand-700 hover:underline">
          {wave.name}
        </Link>{" "}
        / Import
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Import circles into {wave.name}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Columns: <code>circle_ref</code> and <code>perspective</code> (required: one of{" "}
        {perspectives.map((p) => p.key).join(", ")}), then optionally <code>site</code>, <code>unit</code>,{" "}
        <code>experience_date</code>, <code>relationship</code>, <code>name</code>, <code>email</code>, <code>phone</code>{" "}
        and <code>language</code>. One row per person; rows with the same <code>circle_ref</code> form one circle.
        Importing the same file again updates those circles instead of adding them twice.
      </p>
      <CircleImport waveId={wave.id} />
    </>
  );
}
