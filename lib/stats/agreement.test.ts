import { describe, expect, it } from "vitest";
import { cohenKappa, contingencyTable, gwetAC1, pairedAgreement, topBoxTable, type TContingencyTable } from "./agreement";
import { expectClose, SLEEP_DRUG_1, SLEEP_DRUG_2 } from "./testing";

const table = (counts: number[][]): TContingencyTable => ({ categories: counts.map((_, i) => i + 1), counts });

// Every figure below was recomputed exactly with Python fractions (κ = 1 − N·Σv·n / Σv·r·c with
// v = 0/1, |i − j| or (i − j)²; AC1 = (pa − pe)/(1 − pe), pe = Σπ(1 − π)/(q − 1)) and is compared at
// 1e-12; the published figures, to the digits printed, are checked as well:
//   python3 -c 'from fractions import Fraction as F
//   def kappa(t, v):
//       k = len(t); n = sum(map(sum, t)); r = [sum(x) for x in t]; c = [sum(t[i][j] for i in range(k)) for j in range(k)]
//       O = sum(F(v(i, j)) * t[i][j] for i in range(k) for j in range(k)); E = sum(F(v(i, j)) * r[i] * c[j] for i in range(k) for j in range(k))
//       return 1 - n * O / E
//   def ac1(t):
//       q = len(t); n = sum(map(sum, t)); r = [sum(x) for x in t]; c = [sum(t[i][j] for i in range(q)) for j in range(q)]
//       pi = [F(r[k] + c[k], 2 * n) for k in range(q)]; pe = sum(p * (1 - p) for p in pi) / (q - 1)
//       return (F(sum(t[k][k] for k in range(q)), n) - pe) / (1 - pe)
//   t = [[38,5,0,1],[33,11,3,0],[10,14,5,6],[3,7,3,10]]
//   print(float(kappa(t, lambda i, j: i != j)), float(kappa(t, lambda i, j: abs(i - j))), float(kappa(t, lambda i, j: (i - j)**2)), float(ac1(t)))'

describe("Cohen's kappa against the literature", () => {
  // Landis & Koch (1977), "The measurement of observer agreement for categorical data", Biometrics
  // 33:159–174: diagnoses of multiple sclerosis by a Winnipeg and a New Orleans neurologist
  // (Westlund & Kurland 1953), 149 Winnipeg and 69 New Orleans patients, certainty classes 1–4.
  // R's vcd::Kappa prints for them (vcdExtra's print.Kappa example, "apply(MSPatients, 3, Kappa)"):
  // Winnipeg 0.2079 unweighted, 0.3797 weighted; New Orleans 0.2965 and 0.4773 (equal-spacing, i.e.
  // linear, weights).
  it("multiple sclerosis diagnoses, Winnipeg patients (Landis & Koch 1977)", () => {
    const winnipeg = table([
      [38, 5, 0, 1],
      [33, 11, 3, 0],
      [10, 14, 5, 6],
      [3, 7, 3, 10],
    ]);
    expect(cohenKappa(winnipeg)!.toFixed(4)).toBe("0.2079");
    expect(cohenKappa(winnipeg, "linear")!.toFixed(4)).toBe("0.3797");
    expectClose(cohenKappa(winnipeg), 0.207942464040025, 1e-12);
    expectClose(cohenKappa(winnipeg, "linear"), 0.37973054798667877, 1e-12);
    expectClose(cohenKappa(winnipeg, "quadratic"), 0.5245764643318392, 1e-12);
  });

  it("multiple sclerosis diagnoses, New Orleans patients (Landis & Koch 1977)", () => {
    const newOrleans = table([
      [5, 3, 0, 0],
      [3, 11, 4, 0],
      [2, 13, 3, 4],
      [1, 2, 4, 14],
    ]);
    expect(cohenKappa(newOrleans)!.toFixed(4)).toBe("0.2965");
    expect(cohenKappa(newOrleans, "linear")!.toFixed(4)).toBe("0.4773");
    expectClose(cohenKappa(newOrleans), 0.2965165675446049, 1e-12);
    expectClose(cohenKappa(newOrleans, "linear"), 0.4772727272727273, 1e-12);
    expectClose(cohenKappa(newOrleans, "quadratic"), 0.6255813953488372, 1e-12);
  });

  // Husbands' and wives' ratings of "sex is fun" (Hout, Duncan & Sobel 1987; Agresti 1990,
  // Categorical Data Analysis; Friendly 2000, Visualizing Categorical Data, p. 91). vcd::Kappa prints
  // 0.1293 unweighted and 0.2374 weighted (its documented example, "Kappa(SexualFun)").
  it("sexual fun ratings of 91 couples (Agresti 1990)", () => {
    const couples = table([
      [7, 7, 2, 3],
      [2, 8, 3, 7],
      [1, 5, 4, 9],
      [2, 8, 9, 14],
    ]);
    expect(cohenKappa(couples)!.toFixed(4)).toBe("0.1293");
    expect(cohenKappa(couples, "linear")!.toFixed(4)).toBe("0.2374");
    expectClose(cohenKappa(couples), 0.12933025404157045, 1e-12);
    expectClose(cohenKappa(couples, "linear"), 0.2373806275579809, 1e-12);
  });

  // Fleiss, Cohen & Everitt (1969), Psychological Bulletin 72:323–327, and Fleiss (1981), Statistical
  // Methods for Rates and Proportions, 2nd ed., ch. 13: 100 patients diagnosed psychotic, neurotic or
  // organic by two psychiatrists; pₒ = 0.70, pₑ = 0.475, κ = 0.429.
  it("psychiatric diagnoses of 100 patients (Fleiss 1981)", () => {
    const diagnoses = table([
      [53, 5, 2],
      [11, 14, 5],
      [1, 6, 3],
    ]);
    expect(cohenKappa(diagnoses)!.toFixed(3)).toBe("0.429");
    expectClose(cohenKappa(diagnoses), 0.225 / 0.525, 1e-14);
  });

  // SAS/STAT PROC FREQ documentation, "Getting Started: Agreement Study" (two dermatologists, skin
  // condition of 88 patients): simple kappa 0.3449, 95% CI 0.2030–0.4868.
  it("skin condition rated by two dermatologists (SAS PROC FREQ documentation)", () => {
    const skin = table([
      [10, 4, 1, 0],
      [5, 10, 12, 2],
      [2, 4, 12, 5],
      [0, 2, 6, 13],
    ]);
    expect(cohenKappa(skin)!.toFixed(4)).toBe("0.3449");
    expectClose(cohenKappa(skin), 0.3448753462603878, 1e-12);
  });

  // R package irr, kappa2(anxiety[, 2:3], "squared") = 0.2520325 and "equal" = 0.1459075, unweighted
  // −0.006289308 (quoted in statsmodels' test_inter_rater.py). irr weights by the rank of the levels
  // that occur (1, 2, 3, 4, 6), so the categories here are those ranks.
  it("anxiety ratings of 20 subjects, quadratic weights (R irr)", () => {
    const anxiety = table([
      [0, 0, 1, 0, 0],
      [4, 0, 1, 0, 0],
      [2, 3, 3, 0, 0],
      [0, 2, 0, 1, 1],
      [1, 0, 0, 1, 0],
    ]);
    expect(cohenKappa(anxiety, "quadratic")!.toFixed(7)).toBe("0.2520325");
    expect(cohenKappa(anxiety, "linear")!.toFixed(7)).toBe("0.1459075");
    expect(cohenKappa(anxiety)!.toFixed(9)).toBe("-0.006289308");
    expectClose(cohenKappa(anxiety, "quadratic"), 0.25203252032520324, 1e-12);
  });

  it("takes the literature's agreement weights as a matrix", () => {
    const diagnoses = table([
      [53, 5, 2],
      [11, 14, 5],
      [1, 6, 3],
    ]);
    const linear = [
      [1, 0.5, 0],
      [0.5, 1, 0.5],
      [0, 0.5, 1],
    ];
    expectClose(cohenKappa(diagnoses, linear), cohenKappa(diagnoses, "linear")!, 1e-14);
    expect(() => cohenKappa(diagnoses, [[1, 2, 0], linear[1]!, linear[2]!])).toThrow("between 0 and 1");
    expect(() => cohenKappa(diagnoses, [[0.9, 0, 0], linear[1]!, linear[2]!])).toThrow("1 on the diagonal");
  });
});

describe("Gwet's AC1 against the literature", () => {
  // Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed., data set cont3x3abstractors (two
  // abstractors classifying 100 pregnancies: ectopic, abnormal or normal intra-uterine); the irrCAC
  // package prints Cohen's kappa 0.7964094, Gwet's AC1 0.8493305, percent agreement 0.89.
  it("pregnancy classification by two abstractors (Gwet 2014, irrCAC)", () => {
    const abstractors = [
      [13, 0, 0],
      [0, 20, 7],
      [0, 4, 56],
    ];
    expect(gwetAC1(abstractors)!.toFixed(7)).toBe("0.8493305");
    expect(cohenKappa(table(abstractors))!.toFixed(7)).toBe("0.7964094");
    expectClose(gwetAC1(abstractors), 0.8493305482313461, 1e-12);
    expect(pairedAgreement(table(abstractors))!.exactPct).toBe(89);
  });

  // Gwet (2008), "Computing inter-rater reliability and its variance in the presence of high
  // agreement", British Journal of Mathematical and Statistical Psychology 61:29–48: the kappa
  // paradox, 125 subjects with 118 agreements: κ = −4/171 ≈ −0.0234 although pₐ = 0.944, while
  // AC1 = 0.9408.
  it("the kappa paradox: 118 agreements out of 125 (Gwet 2008)", () => {
    const paradox = [
      [118, 5],
      [2, 0],
    ];
    expectClose(cohenKappa(table(paradox)), -4 / 171, 1e-14);
    expect(gwetAC1(paradox)!.toFixed(4)).toBe("0.9408");
    expectClose(gwetAC1(paradox), 0.9407763376087177, 1e-12);
  });
});

describe("paired agreement of two perspectives", () => {
  const FIVE = [1, 2, 3, 4, 5];

  it("builds the table from GROUP BY rows and reports every figure", () => {
    const t = contingencyTable(FIVE, [
      { a: 5, b: 5, count: 10 },
      { a: 4, b: 5, count: 6 },
      { a: 5, b: 4, count: 2 },
      { a: 3, b: 5, count: 2 },
      { a: 4, b: 4, count: 5 },
      { a: 2, b: 4, count: 1 },
      { a: 3, b: 3, count: 4 },
    ]);
    const result = pairedAgreement(t, { topValues: [5] })!;
    expect(result.pairs).toBe(30);
    expectClose(result.exactPct, (19 / 30) * 100, 1e-15);
    expectClose(result.withinOnePct, (27 / 30) * 100, 1e-15);
    // b − a: 6·1 + 2·(−1) + 2·2 + 1·2 = 10 over 30 pairs.
    expectClose(result.meanDifference.estimate, 1 / 3, 1e-15);
    // Top box (5) vs the rest: [[10, 2], [8, 10]] — AC1 by hand: pa = 20/30, π = (12 + 18)/60 = ½,
    // pe = 2·½·½ = ½, AC1 = (2/3 − ½)/(½) = 1/3.
    expect(topBoxTable(t, [5])).toEqual([
      [10, 2],
      [8, 10],
    ]);
    expectClose(result.topBoxAC1, 1 / 3, 1e-15);
    expectClose(result.kappa, cohenKappa(t)!, 0);
  });

  // The Winnipeg table as paired answers (a = row, b = column). Reference by expanding it
  // into 149 pairs: python3 -c 'import numpy as np; from scipy import stats
  //   t = [[38,5,0,1],[33,11,3,0],[10,14,5,6],[3,7,3,10]]
  //   a = np.repeat(np.repeat([1,2,3,4], 4), np.ravel(t)); b = np.repeat(np.tile([1,2,3,4], 4), np.ravel(t))
  //   r = stats.ttest_rel(b, a); print((b-a).mean(), (b-a).std(ddof=1), r.confidence_interval(0.95), np.mean(np.abs(b-a) <= 1))'
  it("gives the paired t interval of the mean difference", () => {
    const result = pairedAgreement(
      table([
        [38, 5, 0, 1],
        [33, 11, 3, 0],
        [10, 14, 5, 6],
        [3, 7, 3, 10],
      ]),
    )!;
    expectClose(result.meanDifference.estimate, -0.5100671140939598);
    expectClose(result.meanDifference.sd!, 0.9344564084263363);
    expectClose(result.meanDifference.ci!.low, -0.6613465074072226);
    expectClose(result.meanDifference.ci!.high, -0.358787720780697);
    expectClose(result.exactPct, 42.95302013422819);
    expectClose(result.withinOnePct, 85.90604026845638);
    expect(result.topBoxAC1).toBeNull();
  });

  // Student's (1908) sleep data as pairs (each patient took both drugs): R's
  // t.test(extra ~ group, data = sleep, paired = TRUE) prints the interval −2.4598858 … −0.7001142
  // for drug 1 − drug 2; scipy.stats.ttest_rel(b, a).confidence_interval() gives the digits below.
  it("reproduces Student's paired sleep example through a table of decimal categories", () => {
    const categories = [...new Set([...SLEEP_DRUG_1, ...SLEEP_DRUG_2])].sort((x, y) => x - y);
    const t = contingencyTable(
      categories,
      SLEEP_DRUG_1.map((a, i) => ({ a, b: SLEEP_DRUG_2[i]!, count: 1 })),
    );
    const { meanDifference } = pairedAgreement(t)!;
    expectClose(meanDifference.estimate, 1.58, 1e-12);
    expect(meanDifference.ci!.low.toFixed(7)).toBe("0.7001142");
    expect(meanDifference.ci!.high.toFixed(7)).toBe("2.4598858");
    expectClose(meanDifference.ci!.low, 0.7001142367230175);
    expectClose(meanDifference.ci!.high, 2.459885763276983);
  });

  it("handles the degenerate table: all pairs in one cell", () => {
    // Both perspectives answered 5 in every circle. Chance alone predicts exactly this, so expected
    // disagreement is 0 and every kappa is 0/0 (null); AC1's chance term is at most 1/q, so AC1 = 1.
    const t = contingencyTable(FIVE, [{ a: 5, b: 5, count: 12 }]);
    const result = pairedAgreement(t, { topValues: [5] })!;
    expect(result).toMatchObject({ pairs: 12, exactPct: 100, withinOnePct: 100, kappa: null, linearKappa: null, quadraticKappa: null, topBoxAC1: 1 });
    expect(result.meanDifference).toEqual({ estimate: 0, sd: 0, ci: { low: 0, high: 0 } });
    // One pair: no interval.
    expect(pairedAgreement(contingencyTable(FIVE, [{ a: 4, b: 2, count: 1 }]))!.meanDifference).toEqual({ estimate: -2, sd: null, ci: null });
  });

  it("gives kappa 0 when each perspective always gives one different answer", () => {
    // Expected disagreement is not 0 here (the margins differ), observed equals it: κ = 0.
    const t = contingencyTable(FIVE, [{ a: 4, b: 5, count: 7 }]);
    expect(cohenKappa(t)).toBe(0);
    expect(cohenKappa(t, "quadratic")).toBe(0);
  });

  it("is missing without pairs", () => {
    expect(pairedAgreement(contingencyTable(FIVE, []))).toBeNull();
    expect(cohenKappa(contingencyTable(FIVE, []))).toBeNull();
    expect(gwetAC1([
      [0, 0],
      [0, 0],
    ])).toBeNull();
  });

  it("refuses tables that do not fit the scale", () => {
    expect(() => contingencyTable(FIVE, [{ a: 6, b: 5, count: 1 }])).toThrow("not on the scale");
    expect(() => contingencyTable([3, 2, 1], [])).toThrow("increasing order");
    expect(() => contingencyTable([1], [])).toThrow("at least two categories");
    expect(() => contingencyTable(FIVE, [{ a: 1, b: 1, count: 1.5 }])).toThrow("non-negative whole number");
    expect(() => cohenKappa({ categories: [1, 2], counts: [[1, 2]] })).toThrow("2×2");
    expect(() => pairedAgreement(contingencyTable(FIVE, []), { topValues: [] })).toThrow("say which values");
  });
});
