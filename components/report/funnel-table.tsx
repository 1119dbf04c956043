// The response funnel per perspective — invited → opened → started → completed, and the response
// rate — so a manager sees which voices are missing. Counts of people follow the anonymity rules.
import type { TLanguage } from "@/lib/survey/languages";
import { formatShare, withheldExplanation, withheldText } from "./format";
import { perspectiveName, type TFunnelRow, type TReportPerspective } from "./model";
import { MarkerIcon, type TPerspectiveStyle } from "./palette";

const STAGES = [
  ["invited", "Invited"],
  ["opened", "Opened"],
  ["started", "Started"],
  ["completed", "Completed"],
  ["declined", "Declined"],
] as const;

export function FunnelTable({
  rows,
  perspectives,
  styles,
  k,
  language,
}: {
  rows: TFunnelRow[];
  perspectives: TReportPerspective[];
  styles: Map<string, TPerspectiveStyle>;
  k: number;
  language: TLanguage;
}) {
  const byId = new Map(perspectives.map((p) => [p.id, p]));
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Response funnel by perspective</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              Perspective
            </th>
            {STAGES.map(([stage, name]) => (
              <th key={stage} scope="col" className="py-2 pr-4 text-right font-medium">
                {name}
              </th>
            ))}
            <th scope="col" className="py-2 pr-4 font-medium">
              Response rate
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const p = byId.get(row.perspectiveId)!;
            const { invited, completed } = row.stages;
            return (
              <tr key={row.perspectiveId} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-2 pr-4 font-medium whitespace-nowrap">
                  <span className="inline-flex items-center gap-1.5">
                    <MarkerIcon style={styles.get(row.perspectiveId)!} />
                    {perspectiveName(p, language)}
                    {p.isPrimary && <span className="font-normal text-slate-600">(primary)</span>}
                  </span>
                </th>
                {STAGES.map(([stage]) => {
                  const cell = row.stages[stage];
                  return cell.n !== null ? (
                    <td key={stage} className="py-2 pr-4 text-right tabular-nums">
                      {cell.n}
                    </td>
                  ) : (
                    <td key={stage} className="py-2 pr-4 text-right text-slate-700 italic" title={withheldExplanation(cell.withheld!, k)}>
                      <span className="inline-block max-w-36">{withheldText(cell.withheld!, k)}</span>
                    </td>
                  );
                })}
                <td className="py-2 pr-4">
                  {row.responseRate !== null ? (
                    <span className="flex items-center gap-2">
                      <span className="w-10 text-right tabular-nums">{formatShare(row.responseRate)}</span>
                      <span className="block h-2 w-24 rounded-sm bg-slate-200 print:border print:border-slate-400" aria-hidden="true">
                        <span
                          className="block h-2 rounded-sm"
                          style={{ width: `${Math.round(row.responseRate * 100)}%`, backgroundColor: styles.get(row.perspectiveId)!.colour }}
                        />
                      </span>
                    </span>
                  ) : invited.n === 0 ? (
                    <span className="text-slate-700">no one invited</span>
                  ) : (
                    <span className="text-slate-700 italic">
                      not shown{completed.withheld || invited.withheld ? ": a count it needs is withheld" : ""}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
