// Agreement inside circles for one linked item: for each pair of perspectives, how often the people of
// one circle gave the same answer, how far apart they were, and agreement beyond chance — with a
// sentence that says it in plain words.
import type { TLanguage } from "@/lib/survey/languages";
import { formatCoefficient, formatScore, formatShare, formatSigned, withheldExplanation, withheldText } from "./format";
import { HelpButton } from "./help";
import { perspectiveName, type TAgreementRow, type TReportItem, type TReportPerspective } from "./model";

const TH = "py-2 pr-4 font-medium align-bottom";
const TD = "py-2 pr-4 align-top";

/** Landis and Koch's words for a kappa, the usual way to read one aloud. */
export function kappaWords(kappa: number): string {
  if (kappa < 0) return "worse than chance";
  if (kappa <= 0.2) return "slight";
  if (kappa <= 0.4) return "fair";
  if (kappa <= 0.6) return "moderate";
  if (kappa <= 0.8) return "substantial";
  return "almost perfect";
}

export function agreementSentence(row: TAgreementRow, a: string, b: string): string {
  const f = row.figures;
  if (!f || row.pairs === null) return "";
  const diff = Math.abs(f.meanDifference);
  const direction =
    Number(diff.toFixed(1)) === 0
      ? `${b} and ${a} rated the same on average`
      : `${b} rated ${formatScore(diff)} points ${f.meanDifference > 0 ? "higher" : "lower"} than ${a} on average`;
  const beyond = f.kappaQuadratic === null ? "" : `; agreement beyond chance is ${kappaWords(f.kappaQuadratic)}`;
  return `${direction}; the same answer in ${formatShare(f.exact)} of ${row.pairs} circles${beyond}.`;
}

export function AgreementTable({
  item,
  rows,
  byId,
  k,
  language,
}: {
  item: TReportItem;
  rows: TAgreementRow[];
  byId: Map<string, TReportPerspective>;
  k: number;
  language: TLanguage;
}) {
  const twoAnswers = item.type === "yesNo";
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">
          Agreement inside circles: how the people of one circle answered this item compared with each other
        </caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className={TH}>
              Pair
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Pairs
              <HelpButton topic="pairs" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Mean difference
              <HelpButton topic="meanDifference" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Exact
              <HelpButton topic="exact" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Within one point
              <HelpButton topic="withinOne" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Weighted kappa
              <HelpButton topic="kappa" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              AC1 (top box)
              <HelpButton topic="ac1" />
            </th>
            <th scope="col" className={TH}>
              In plain words
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const a = perspectiveName(byId.get(row.perspectiveA)!, language);
            const b = perspectiveName(byId.get(row.perspectiveB)!, language);
            const f = row.figures;
            return (
              <tr key={`${row.perspectiveA}:${row.perspectiveB}`} className="border-b border-slate-100 last:border-0">
                <th scope="row" className={`${TD} text-left font-medium`}>
                  {a} & {b}
                </th>
                {f && row.pairs !== null ? (
                  <>
                    <td className={`${TD} text-right tabular-nums`}>{row.pairs}</td>
                    <td className={`${TD} text-right tabular-nums whitespace-nowrap`}>
                      {formatSigned(f.meanDifference)}
                      <span className="block text-xs text-slate-600">
                        {b} − {a}
                      </span>
                    </td>
                    <td className={`${TD} text-right tabular-nums`}>{formatShare(f.exact)}</td>
                    <td className={`${TD} text-right tabular-nums`}>
                      {twoAnswers ? <span className="text-slate-600">n/a (two answers)</span> : formatShare(f.withinOne)}
                    </td>
                    <td className={`${TD} text-right tabular-nums`}>
                      {f.kappaQuadratic === null ? <span className="text-slate-600">not defined</span> : formatCoefficient(f.kappaQuadratic)}
                    </td>
                    <td className={`${TD} text-right tabular-nums`}>
                      {f.ac1TopBox === null ? <span className="text-slate-600">not defined</span> : formatCoefficient(f.ac1TopBox)}
                    </td>
                    <td className={`${TD} min-w-40`}>{agreementSentence(row, a, b)}</td>
                  </>
                ) : (
                  <>
                    <td className={`${TD} text-right`}>{row.withheld === "noAnswers" ? "none" : withheldText(row.withheld!, k)}</td>
                    <td colSpan={6} className={`${TD} text-slate-700 italic`}>
                      {row.withheld === "noAnswers"
                        ? `No circle yet where both ${a} and ${b} answered.`
                        : `Not shown: ${withheldExplanation(row.withheld!, k, "pairs")}`}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
