// The shapes the report screens read (from the report procedures) and the words they share.
import type { TItemConfig, TItemType } from "@/lib/survey/item";
import { localize, type TLanguage } from "@/lib/survey/languages";
import type { AppRouterOutputs } from "@/trpc/types";

export type TWaveReport = AppRouterOutputs["report"]["wave"];
export type TReportItem = TWaveReport["items"][number];
export type TReportPerspective = TWaveReport["perspectives"][number];
export type TAgreementRow = TWaveReport["agreement"][number];
export type TFunnelRow = TWaveReport["funnel"][number];

export const TYPE_NAMES: Record<TItemType, string> = {
  rating5: "5-point rating",
  rating10: "0–10 rating",
  yesNo: "yes or no",
  singleChoice: "single choice",
  multipleChoice: "multiple choice",
  text: "free text",
};

/** Who answered for the primary, as the filter offers it. */
export const ANSWERED_BY_NAMES = {
  self: "Themselves",
  helped: "Themselves, with help",
  proxy: "Someone on their behalf (proxy)",
} as const;

/** The label of one answer category (a scale value or a choice) in the survey's language. */
export function categoryLabel(config: TItemConfig, value: string, language: TLanguage): string {
  switch (config.type) {
    case "rating5": {
      const labels = config.labels[language] ?? config.labels.en ?? Object.values(config.labels)[0];
      const label = labels?.[Number(value) - 1];
      return label ? `${label} (${value})` : value;
    }
    case "yesNo":
      return value === "1" ? "Yes" : "No";
    case "singleChoice":
    case "multipleChoice": {
      const choice = config.choices.find((c) => c.value === value);
      return choice ? localize(choice.label, language) : value;
    }
    default:
      return value;
  }
}

/** What counts as the top box of an item, in words. */
export function topBoxName(config: TItemConfig, language: TLanguage): string | null {
  switch (config.type) {
    case "rating5": {
      const labels = config.labels[language] ?? config.labels.en ?? Object.values(config.labels)[0];
      return labels?.[4] ?? "5";
    }
    case "rating10":
      return "9–10";
    case "yesNo":
      return "Yes";
    default:
      return null;
  }
}

export function perspectiveName(p: { label: TReportPerspective["label"] }, language: TLanguage): string {
  return localize(p.label, language);
}
