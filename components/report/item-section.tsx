// One item of the wave report: its wording, a chart of every perspective's score, the data table
// behind the chart (n, score, top box, NPS, gap against the primary with its flag), the answer
// distribution, and agreement inside circles. Withheld groups say why in every cell they occupy.
import type { ReactNode } from "react";
import { localize, type TLanguage } from "@/lib/survey/languages";
import { AgreementTable } from "./agreement-table";
import { formatInterval, formatScore, formatShare, formatSigned, withheldExplanation, withheldText } from "./format";
import { HelpButton } from "./help";
import {
  categoryLabel,
  perspectiveName,
  topBoxName,
  TYPE_NAMES,
  type TAgreementRow,
  type TReportItem,
  type TReportPerspective,
} from "./model";
import { MarkerIcon, type TPerspectiveStyle } from "./palette";
import { ScoreChart, type TScoreRow } from "./score-chart";

type Props = {
  item: TReportItem;
  position: number;
  perspectives: TReportPerspective[];
  /** The perspectives to display (the "perspectives" filter), in survey order. */
  shownPerspectiveIds: Set<string>;
  styles: Map<string, TPerspectiveStyle>;
  agreement: TAgreementRow[];
  k: number;
  language: TLanguage;
};

const TH = "py-2 pr-4 font-medium align-bottom";
const TD = "py-2 pr-4 align-top";

export function ItemSection({ item, position, perspectives, shownPerspectiveIds, styles, agreement, k, language }: Props) {
  const byId = new Map(perspectives.map((p) => [p.id, p]));
  const primary = perspectives.find((p) => p.isPrimary)!;
  const groups = item.groups.filter((g) => shownPerspectiveIds.has(g.perspectiveId));
  const scored = item.type === "rating5" || item.type === "rating10" || item.type === "yesNo";
  const wording = localize(item.wording, language);
  const headingId = `item-${item.key}`;
  const askedOf = item.groups.map((g) => perspectiveName(byId.get(g.perspectiveId)!, language)).join(", ");
  const shownGaps = item.gaps.filter((g) => g.gap !== null && shownPerspectiveIds.has(g.perspectiveId));
  // Gaps are measured from the primary: an item not asked of the primary has none.
  const comparable = item.linked && item.groups.some((g) => g.perspectiveId === primary.id);
  const companionsShown = groups.some((g) => g.perspectiveId !== primary.id);

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:break-before-page print:border-0 print:p-0 print:shadow-none"
      data-item-key={item.key}
    >
      <p className="text-sm text-slate-600">
        Item {position} · <code className="rounded bg-slate-100 px-1 text-slate-800">{item.key}</code> · {TYPE_NAMES[item.type]} · asked
        of {askedOf}
      </p>
      <h3 id={headingId} className="mt-1 text-lg font-semibold">
        {wording}
      </h3>
      {comparable && scored && companionsShown && (
        <p className="mt-1 text-sm" data-testid="largest-gap">
          {shownGaps.length > 0 ? (
            <>
              Largest gap: <strong>{formatScore(item.largestGap)} points</strong>
            </>
          ) : (
            "No gap can be shown: a perspective’s group is withheld or has no answers."
          )}
        </p>
      )}
      {item.linked && !comparable && (
        <p className="mt-1 text-sm text-slate-700">
          Not asked of the {perspectiveName(primary, language).toLowerCase()}, so there is no gap to show; compare the perspectives below.
        </p>
      )}

      {scored ? (
        <>
          <div className="mt-4">
            <ScoreChart
              title={wording}
              k={k}
              rows={groups.map(
                (g): TScoreRow => ({
                  perspectiveId: g.perspectiveId,
                  label: perspectiveName(byId.get(g.perspectiveId)!, language),
                  style: styles.get(g.perspectiveId)!,
                  isPrimary: g.perspectiveId === primary.id,
                  withheld: g.withheld,
                  score: g.figures?.score ?? null,
                }),
              )}
            />
          </div>
          <ScoreTable
            item={item}
            comparable={comparable}
            groups={groups}
            byId={byId}
            primaryId={primary.id}
            styles={styles}
            k={k}
            language={language}
          />
        </>
      ) : null}
      <DistributionTable item={item} groups={groups} byId={byId} styles={styles} k={k} language={language} />
      {item.linked && scored && agreement.length > 0 && (
        <AgreementTable item={item} rows={agreement} byId={byId} k={k} language={language} />
      )}
    </section>
  );
}

type Group = TReportItem["groups"][number];

function PerspectiveCell({ p, style, language, note }: { p: TReportPerspective; style: TPerspectiveStyle; language: TLanguage; note?: string }) {
  return (
    <th scope="row" className={`${TD} text-left font-medium whitespace-nowrap`}>
      <span className="inline-flex items-center gap-1.5">
        <MarkerIcon style={style} />
        {perspectiveName(p, language)}
      </span>
      {note && <span className="block text-xs font-normal text-slate-600">{note}</span>}
    </th>
  );
}

function Withheld({ reason, k, colSpan }: { reason: NonNullable<Group["withheld"]>; k: number; colSpan?: number }) {
  return (
    <td colSpan={colSpan} className={`${TD} text-slate-700 italic`} title={withheldExplanation(reason, k)}>
      {reason === "noAnswers" ? "No answers yet" : `Not shown: ${withheldText(reason, k)}`}
    </td>
  );
}

function ScoreTable({
  item,
  comparable,
  groups,
  byId,
  primaryId,
  styles,
  k,
  language,
}: {
  item: TReportItem;
  comparable: boolean;
  groups: Group[];
  byId: Map<string, TReportPerspective>;
  primaryId: string;
  styles: Map<string, TPerspectiveStyle>;
  k: number;
  language: TLanguage;
}) {
  const nps = item.type === "rating10";
  const gaps = new Map(item.gaps.map((g) => [g.perspectiveId, g.gap]));
  const primaryName = perspectiveName(byId.get(primaryId)!, language);
  const primaryGroup = item.groups.find((g) => g.perspectiveId === primaryId);
  const top = topBoxName(item.config, language);
  const columns = 4 + (nps ? 1 : 0) + (comparable ? 2 : 0);
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm font-medium text-slate-700">
          Scores by perspective{comparable ? `, with the gap against ${primaryName}` : ""}
        </caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className={TH}>
              Perspective
            </th>
            <th scope="col" className={`${TH} text-right`}>
              People (n)
            </th>
            <th scope="col" className={TH}>
              Score (95% CI)
              <HelpButton topic="score" />
            </th>
            <th scope="col" className={`${TH} text-right`}>
              Top box{top ? ` (${top})` : ""}
              <HelpButton topic="topBox" />
            </th>
            {nps && (
              <th scope="col" className={TH}>
                NPS (95% CI)
                <HelpButton topic="nps" />
              </th>
            )}
            {comparable && (
              <th scope="col" className={TH}>
                Gap vs {primaryName} (95% CI)
                <HelpButton topic="gap" />
              </th>
            )}
            {comparable && (
              <th scope="col" className={TH}>
                Flag
                <HelpButton topic="flag" />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => {
            const p = byId.get(g.perspectiveId)!;
            const isPrimary = g.perspectiveId === primaryId;
            const note = isPrimary ? "primary" : p.provider ? "speaks for the organisation" : undefined;
            const f = g.figures;
            if (!f) {
              return (
                <tr key={g.perspectiveId} className="border-b border-slate-100 last:border-0">
                  <PerspectiveCell p={p} style={styles.get(g.perspectiveId)!} language={language} note={note} />
                  <td className={`${TD} text-right`}>{g.withheld === "noAnswers" ? "none" : withheldText(g.withheld!, k)}</td>
                  <Withheld reason={g.withheld!} k={k} colSpan={columns - 2} />
                </tr>
              );
            }
            const gap = gaps.get(g.perspectiveId) ?? null;
            return (
              <tr key={g.perspectiveId} className="border-b border-slate-100 last:border-0">
                <PerspectiveCell p={p} style={styles.get(g.perspectiveId)!} language={language} note={note} />
                <td className={`${TD} text-right tabular-nums`}>{g.n}</td>
                <td className={`${TD} tabular-nums`}>
                  {f.score ? (
                    <>
                      <strong>{formatScore(f.score.estimate)}</strong>{" "}
                      {formatInterval(f.score.low, f.score.high) && (
                        <span className="whitespace-nowrap">({formatInterval(f.score.low, f.score.high)})</span>
                      )}
                    </>
                  ) : (
                    "no score"
                  )}
                </td>
                <td className={`${TD} text-right tabular-nums`}>{f.topBox !== null ? formatShare(f.topBox) : "—"}</td>
                {nps && (
                  <td className={`${TD} tabular-nums`}>
                    {f.nps ? (
                      <>
                        {formatSigned(f.nps.estimate, 0)}{" "}
                        <span className="whitespace-nowrap">({formatInterval(f.nps.low, f.nps.high, 0, true)})</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                )}
                {comparable && (
                  <td className={`${TD} tabular-nums`} data-gap={gap ? gap.difference : undefined}>
                    {isPrimary ? (
                      <span className="text-slate-700">reference</span>
                    ) : gap ? (
                      <>
                        <strong>{formatSigned(gap.difference)}</strong>{" "}
                        <span className="whitespace-nowrap">({formatInterval(gap.low, gap.high, 1, true) ?? "no interval"})</span>
                      </>
                    ) : (
                      <span className="text-slate-700 italic">
                        {primaryGroup?.withheld
                          ? `not shown: ${primaryName} ${withheldText(primaryGroup.withheld, k)}`
                          : "not shown"}
                      </span>
                    )}
                  </td>
                )}
                {comparable && <FlagCell flag={isPrimary ? "primary" : gap ? gap.flag : "notShown"} />}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FlagCell({ flag }: { flag: "blindSpot" | "hiddenStrength" | "primary" | "notShown" | null }) {
  let content: ReactNode = <span className="text-slate-600">none</span>;
  if (flag === "primary") content = <span className="text-slate-600">n/a</span>;
  else if (flag === "notShown") content = <span className="text-slate-700 italic">not shown</span>;
  else if (flag === "blindSpot") {
    content = (
      <span className="inline-flex items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 font-medium text-amber-950">
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.5 15 14.5H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
          <path d="M8 6v4M8 11.6v.8" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        Blind spot
      </span>
    );
  } else if (flag === "hiddenStrength") {
    content = (
      <span className="inline-flex items-center gap-1 rounded-full bg-sky-100 px-2 py-0.5 font-medium text-sky-950">
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1.2l2 4.4 4.8.5-3.6 3.2 1 4.7L8 11.6 3.8 14l1-4.7L1.2 6.1l4.8-.5z" fill="currentColor" />
        </svg>
        Hidden strength
      </span>
    );
  }
  return <td className={`${TD} whitespace-nowrap`}>{content}</td>;
}

/** Shares of people per answer: categories across for scales, down for choice lists (they can be long). */
function DistributionTable({
  item,
  groups,
  byId,
  styles,
  k,
  language,
}: {
  item: TReportItem;
  groups: Group[];
  byId: Map<string, TReportPerspective>;
  styles: Map<string, TPerspectiveStyle>;
  k: number;
  language: TLanguage;
}) {
  const categories = item.groups.find((g) => g.figures)?.figures?.distribution.map((d) => d.value) ?? categoriesOf(item);
  const choice = item.type === "singleChoice" || item.type === "multipleChoice";
  const caption = (
    <caption className="mb-2 text-left text-sm font-medium text-slate-700">
      Answers, % of the people in each perspective who answered
      {item.type === "multipleChoice" && " (people could choose more than one, so a column adds up to more than 100%)"}
    </caption>
  );
  const share = (g: Group, value: string) => g.figures?.distribution.find((d) => d.value === value)?.share ?? 0;
  const bar = (value: number, colour: string) => (
    <span className="mt-1 block h-1.5 w-full rounded-sm bg-slate-100" aria-hidden="true">
      <span className="block h-1.5 rounded-sm" style={{ width: `${Math.round(value * 100)}%`, backgroundColor: colour }} />
    </span>
  );

  if (choice) {
    return (
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          {caption}
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className={TH}>
                Answer
              </th>
              {groups.map((g) => (
                <th key={g.perspectiveId} scope="col" className={`${TH} min-w-28`}>
                  <span className="inline-flex items-center gap-1.5">
                    <MarkerIcon style={styles.get(g.perspectiveId)!} />
                    {perspectiveName(byId.get(g.perspectiveId)!, language)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-200">
              <th scope="row" className={`${TD} text-left font-medium`}>
                People who answered (n)
              </th>
              {groups.map((g) => (
                <td key={g.perspectiveId} className={`${TD} tabular-nums`}>
                  {g.figures ? g.n : g.withheld === "noAnswers" ? "none" : withheldText(g.withheld!, k)}
                </td>
              ))}
            </tr>
            {categories.map((value) => (
              <tr key={value} className="border-b border-slate-100 last:border-0">
                <th scope="row" className={`${TD} text-left font-normal`}>
                  {categoryLabel(item.config, value, language)}
                </th>
                {groups.map((g) => (
                  <td key={g.perspectiveId} className={`${TD} tabular-nums`}>
                    {g.figures ? (
                      <>
                        {formatShare(share(g, value))}
                        {bar(share(g, value), styles.get(g.perspectiveId)!.colour)}
                      </>
                    ) : (
                      <span className="text-slate-700 italic">not shown</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-left text-sm">
        {caption}
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className={TH}>
              Perspective
            </th>
            {categories.map((value) => (
              <th key={value} scope="col" className={`${TH} text-right font-normal`}>
                {categoryLabel(item.config, value, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.perspectiveId} className="border-b border-slate-100 last:border-0">
              <PerspectiveCell p={byId.get(g.perspectiveId)!} style={styles.get(g.perspectiveId)!} language={language} />
              {g.figures ? (
                categories.map((value) => (
                  <td key={value} className={`${TD} min-w-12 text-right tabular-nums`}>
                    {formatShare(share(g, value))}
                    {bar(share(g, value), styles.get(g.perspectiveId)!.colour)}
                  </td>
                ))
              ) : (
                <Withheld reason={g.withheld!} k={k} colSpan={categories.length} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The categories of an item when no group is shown (so the withheld table still has its columns). */
function categoriesOf(item: TReportItem): string[] {
  switch (item.config.type) {
    case "rating5":
      return ["1", "2", "3", "4", "5"];
    case "rating10":
      return Array.from({ length: 11 }, (_, i) => String(i));
    case "yesNo":
      return ["0", "1"];
    case "singleChoice":
    case "multipleChoice":
      return item.config.choices.map((c) => c.value);
    default:
      return [];
  }
}
