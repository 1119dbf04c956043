// Turns the SQL aggregates of one group (how many gave each value) into the figures a report shows,
// through the pure statistics of lib/stats. Value counts are at most eleven rows per group.
import { contingencyTable, pairedAgreement } from "@/lib/stats/agreement";
import { summarizeCounts, type TSummary } from "@/lib/stats/describe";
import { nps as npsOf } from "@/lib/stats/nps";
import { groupScore, scoreGap } from "@/lib/stats/score";
import type { TItemType } from "@/lib/survey/item";
import type { TScopeItem } from "./report-scope";
import type { TPairCell, TValueCount } from "./group-counts";

export type TInterval = { estimate: number; low: number | null; high: number | null };

export type TDistributionEntry = { value: string; n: number; share: number };

export type TGroupFigures = {
  /** Mean of the 0–100 scores with its 95% CI (Student t cut to 0–100; Wilson on yes/no), and the standard deviation. */
  score: (TInterval & { n: number; sd: number; raw: TSummary }) | null;
  /** Share (0–1) in the most favourable category: 5 of 5, 9–10 of 0–10, yes. */
  topBox: number | null;
  /** % promoters (9–10) − % detractors (0–6), −100…100, with its 95% CI; 0–10 items only. */
  nps: TInterval | null;
  distribution: TDistributionEntry[];
};

function isTopBox(type: TItemType, value: number): boolean {
  if (type === "rating5") return value === 5;
  if (type === "rating10") return value >= 9;
  return value === 1;
}

export function scoreFigures(type: TItemType, scale: { min: number; max: number }, values: TValueCount[]): TGroupFigures {
  const counts = values.map((v) => ({ value: v.value, count: v.n }));
  const raw = summarizeCounts(counts);
  const g = groupScore(raw, scale);
  const total = values.reduce((s, v) => s + v.n, 0);
  const score = g && raw ? { estimate: g.estimate, low: g.ci?.low ?? null, high: g.ci?.high ?? null, n: g.n, sd: g.sd ?? 0, raw } : null;
  const topBox = total > 0 ? values.filter((v) => isTopBox(type, v.value)).reduce((s, v) => s + v.n, 0) / total : null;
  let nps: TInterval | null = null;
  if (type === "rating10") {
    const r = npsOf(counts);
    nps = r ? { estimate: r.estimate, low: r.ci?.low ?? null, high: r.ci?.high ?? null } : null;
  }
  const distribution: TDistributionEntry[] = [];
  for (let v = scale.min; v <= scale.max; v++) {
    const count = values.find((x) => x.value === v)?.n ?? 0;
    distribution.push({ value: String(v), n: count, share: total > 0 ? count / total : 0 });
  }
  return { score, topBox, nps, distribution };
}

export function choiceDistribution(item: TScopeItem, chosen: ReadonlyMap<string, number>, n: number): TGroupFigures {
  const choices = item.config.type === "singleChoice" || item.config.type === "multipleChoice" ? item.config.choices : [];
  // Shares are of the people who answered: in multiple choice they add up to more than 100%.
  const distribution = choices.map((c) => {
    const count = chosen.get(c.value) ?? 0;
    return { value: c.value, n: count, share: n > 0 ? count / n : 0 };
  });
  return { score: null, topBox: null, nps: null, distribution };
}

export type TGap = TInterval & {
  difference: number;
  /** A provider (staff) above the primary: a blind spot; below: a hidden strength — when the CI excludes 0. */
  flag: "blindSpot" | "hiddenStrength" | null;
};

/** A companion's score minus the primary's, with a 95% Welch CI. */
export function gapFigures(
  primary: NonNullable<TGroupFigures["score"]>,
  companion: NonNullable<TGroupFigures["score"]>,
  scale: { min: number; max: number },
  provider: boolean,
): TGap {
  const w = scoreGap(primary.raw, companion.raw, scale);
  const difference = w?.estimate ?? companion.estimate - primary.estimate;
  const low = w?.low ?? null;
  const high = w?.high ?? null;
  let flag: TGap["flag"] = null;
  if (provider && low !== null && high !== null) {
    if (low > 0) flag = "blindSpot";
    else if (high < 0) flag = "hiddenStrength";
  }
  return { estimate: difference, difference, low, high, flag };
}

export type TAgreementFigures = {
  /** B minus A, in points of the 0–100 score. */
  meanDifference: number;
  exact: number;
  withinOne: number;
  kappaQuadratic: number | null;
  ac1TopBox: number | null;
};

export function agreementFigures(table: TPairCell[], scale: { min: number; max: number }, type: TItemType): TAgreementFigures | null {
  const categories: number[] = [];
  for (let v = scale.min; v <= scale.max; v++) categories.push(v);
  const a = pairedAgreement(
    contingencyTable(
      categories,
      table.map((c) => ({ a: c.a, b: c.b, count: c.n })),
    ),
    { topValues: categories.filter((v) => isTopBox(type, v)) },
  );
  if (!a) return null;
  return {
    meanDifference: (a.meanDifference.estimate * 100) / (scale.max - scale.min),
    exact: a.exactPct / 100,
    withinOne: a.withinOnePct / 100,
    kappaQuadratic: a.quadraticKappa,
    ac1TopBox: a.topBoxAC1,
  };
}
