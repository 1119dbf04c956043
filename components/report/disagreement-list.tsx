// Admins of confidential waves: the circles whose perspectives disagree most on a linked item, each
// openable side by side. Opening one is recorded in the audit log.
import Link from "next/link";
import type { AppRouterOutputs } from "@/trpc/types";
import { formatScore } from "./format";

type TDisagreements = AppRouterOutputs["report"]["disagreements"];

export function DisagreementList({
  waveId,
  circles,
  itemWording,
}: {
  waveId: string;
  circles: TDisagreements["circles"];
  itemWording: Map<string, string>;
}) {
  if (circles.length === 0) {
    return <p className="mt-3 text-sm text-slate-700">No circle has two perspectives answering the same linked item yet.</p>;
  }
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Circles with the largest disagreement between perspectives</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Circle
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Site
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Unit
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              Where they disagree most
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              Spread (points)
            </th>
          </tr>
        </thead>
        <tbody>
          {circles.map((c) => (
            <tr key={c.circleId} className="border-b border-slate-100 last:border-0">
              <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                <Link href={`/waves/${waveId}/report/circles/${c.circleId}`} className="text-brand-700 hover:underline">
                  {c.circleRef ?? "Circle without a reference"}
                </Link>
              </th>
              <td className="py-2 pr-4">{c.site ?? "—"}</td>
              <td className="py-2 pr-4">{c.unit ?? "—"}</td>
              <td className="py-2 pr-4">
                {itemWording.get(c.itemKey) ?? c.itemKey}{" "}
                <code className="rounded bg-slate-100 px-1 text-xs text-slate-800">{c.itemKey}</code>
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{formatScore(c.spread)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
