import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CircleQrCodes } from "@/components/care/circle-qr-codes";
import { localize } from "@/lib/survey/languages";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "QR codes" };

/** Step 3 at the bedside: each person's QR code, one at a time, and printable cards. */
export default async function CareCirclePage({ params }: { params: Promise<{ circleId: string }> }) {
  const { circleId } = await params;
  const caller = await getCaller();
  const current = await orNotFound(caller.organisation.current());
  if (current.role !== "admin" && current.role !== "staff") notFound();
  // Links first: it is the call that checks the care role and audits that the links were shown.
  const links = await orNotFound(caller.circle.links({ circleId }));
  const { circle } = await orNotFound(caller.circle.get({ circleId }));

  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-semibold print:hidden">
        QR codes <span className="font-normal text-slate-700">· {circle.waveName}</span>
      </h1>
      <CircleQrCodes
        waveId={circle.waveId}
        waveName={circle.waveName}
        organisationName={current.organisation.name}
        people={links.respondents.map((r) => ({
          id: r.id,
          label: localize(r.perspectiveLabel, "en"),
          relationship: r.relationship,
          status: r.status,
          token: r.token,
        }))}
      />
    </div>
  );
}
