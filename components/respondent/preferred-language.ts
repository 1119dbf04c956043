// The respondent's first language on the welcome screen: the one stored for them, else the browser's
// best offer (Accept-Language) among the survey's languages, else the survey's default.
import type { TLanguage } from "@/lib/survey/languages";

/** The first language the browser asks for (by weight, then order) that the survey offers, by primary tag. */
export function acceptedLanguage(header: string | null, offered: readonly TLanguage[]): TLanguage | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";").map((p) => p.trim());
      const weight = params.find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), q: weight ? Number(weight.slice(2)) : 1, index };
    })
    .filter((r) => r.tag !== "" && r.tag !== "*" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const match = offered.find((l) => l === tag.split("-")[0]);
    if (match) return match;
  }
  return null;
}

export function initialLanguage({
  stored,
  acceptLanguage,
  offered,
  fallback,
}: {
  stored: string | null;
  acceptLanguage: string | null;
  offered: readonly TLanguage[];
  fallback: TLanguage;
}): TLanguage {
  const own = offered.find((l) => l === stored);
  return own ?? acceptedLanguage(acceptLanguage, offered) ?? fallback;
}
