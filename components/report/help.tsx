// "?" buttons that explain a statistic in plain words. Each opens a native popover (no JavaScript:
// the browser handles opening, Escape and clicking away); on paper the same words print as a glossary.

export const HELP = {
  score: {
    term: "Score (0–100)",
    text: "Each answer placed on 0 to 100 (the least favourable answer is 0, the most favourable 100), averaged over the people who answered; on a yes/no question that is the % who answered yes. The range in brackets is the 95% confidence interval: where the true average most likely lies, given how many people answered.",
  },
  topBox: {
    term: "Top box",
    text: "The share of people who gave the most favourable answer (for example “Always”, 9–10 on a 0–10 scale, or “Yes”), as patient-experience surveys usually report it.",
  },
  nps: {
    term: "NPS",
    text: "Net promoter score on a 0–10 item: the % who answered 9 or 10 minus the % who answered 0 to 6, from −100 to +100, with its 95% confidence interval.",
  },
  gap: {
    term: "Gap",
    text: "This perspective’s score minus the primary perspective’s score, in points, with a 95% confidence interval (Welch). When the interval does not include 0, the difference is unlikely to be chance.",
  },
  flag: {
    term: "Blind spot / hidden strength",
    text: "For perspectives that speak for the organisation (staff): a blind spot is where they rate clearly higher than the people served; a hidden strength, clearly lower — the confidence interval of the gap does not include 0.",
  },
  pairs: {
    term: "Pairs",
    text: "The number of circles where both perspectives answered this item. A circle with two family members and one patient makes two pairs.",
  },
  meanDifference: {
    term: "Mean paired difference",
    text: "Inside each pair, the second perspective’s score minus the first’s, averaged over the pairs, in points of the 0–100 score. Positive: the second perspective rated higher.",
  },
  exact: {
    term: "Exact agreement",
    text: "The share of pairs where both people gave exactly the same answer.",
  },
  withinOne: {
    term: "Within one point",
    text: "The share of pairs whose answers were at most one step apart on the answer scale (for example “Usually” and “Always”).",
  },
  kappa: {
    term: "Weighted kappa",
    text: "Quadratic-weighted Cohen’s kappa: agreement beyond what chance alone would give, where answers far apart count as worse disagreement than answers close together. 1 is perfect agreement, 0 is no better than chance, below 0 worse than chance. Roughly: 0.2 slight, 0.4 fair, 0.6 moderate, 0.8 substantial.",
  },
  ac1: {
    term: "AC1 (top box)",
    text: "Gwet’s AC1 on whether each person gave the top-box answer: agreement beyond chance that, unlike kappa, stays reliable when almost everyone gives the same answer. Read it like kappa: 1 is perfect, 0 no better than chance.",
  },
} as const;
export type THelpTopic = keyof typeof HELP;

export function HelpButton({ topic }: { topic: THelpTopic }) {
  return (
    <button
      type="button"
      popoverTarget={`help-${topic}`}
      aria-label={`What is ${HELP[topic].term.toLowerCase()}?`}
      className="ml-1 inline-flex h-6 w-6 items-center justify-center rounded-full border border-slate-500 text-xs font-semibold text-slate-800 hover:bg-slate-100 print:hidden"
    >
      ?
    </button>
  );
}

/** The popovers behind every HelpButton, once per page, and the glossary printed in their place. */
export function HelpPopovers() {
  return (
    <>
      {Object.entries(HELP).map(([topic, { term, text }]) => (
        <div
          key={topic}
          id={`help-${topic}`}
          popover="auto"
          role="dialog"
          aria-labelledby={`help-${topic}-term`}
          className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-4 text-sm text-slate-900 shadow-lg backdrop:bg-slate-900/20"
        >
          <p id={`help-${topic}-term`} className="font-semibold">
            {term}
          </p>
          <p className="mt-1">{text}</p>
          <button
            type="button"
            popoverTarget={`help-${topic}`}
            popoverTargetAction="hide"
            className="mt-3 rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
          >
            Close
          </button>
        </div>
      ))}
    </>
  );
}

export function PrintedGlossary() {
  return (
    <section className="hidden print:block print:break-before-page" aria-label="How to read this report">
      <h2 className="text-lg font-semibold">How to read this report</h2>
      <dl className="mt-2 space-y-2 text-sm">
        {Object.values(HELP).map(({ term, text }) => (
          <div key={term}>
            <dt className="font-semibold">{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
