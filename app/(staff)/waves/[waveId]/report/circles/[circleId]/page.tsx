import type { Metadata } from "next";
import Link from "next/link";
import { CircleAnswersTable } from "@/components/report/circle-answers-table";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { getCaller, orNotFound } from "@/trpc/server";

export const metadata: Metadata = { title: "Circle side by side" };

/** One circle of a confidential wave, every answer side by side: admins only, and every opening is audited. */
export default async function ReportCirclePage({ params }: { params: Promise<{ waveId: string; circleId: string }> }) {
  const { waveId, circleId } = await params;
  const caller = await getCaller();
  const data = await orNotFound(caller.report.circle({ waveId, circleId }));
  const { circle } = data;
  const name = circle.externalRef ?? "without a reference";
  return (
    <>
      <p className="text-sm print:hidden">
        <Link href="/dashboard" className="text-brand-700 hover:underline">
          Dashboard
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${waveId}`} className="text-brand-700 hover:underline">
          Wave
        </Link>{" "}
        /{" "}
        <Link href={`/waves/${waveId}/report`} className="text-brand-700 hover:underline">
          Report
        </Link>{" "}
        / Circle
      </p>
      <h1 className="mt-1 text-2xl font-semibold">Circle {name}, side by side</h1>
      <p className="mt-1 text-slate-700">
        {[circle.site, circle.unit].filter(Boolean).join(" · ") || "No site or unit"} · experience on {formatDate(circle.experienceDate)}
      </p>
      <p className="mt-2 max-w-3xl text-sm text-slate-800">
        Confidential: you see this circle because you are an admin. This opening has been recorded in the audit log. Answers of people who
        have not submitted yet are marked as drafts.
      </p>
      <Card className="mt-6">
        <CircleAnswersTable data={data} />
      </Card>
    </>
  );
}
