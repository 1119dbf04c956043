"""Computes the figures the wave report must show for report-fixture.json, independently of the app.

Run: `python3 test/reference/report_expected.py` → writes report-expected.json (committed), which
server/services/report/report.test.ts compares with the report to 1e-9.

How each figure is computed here (definitions in ../shared/DESIGN.md and docs/statistics.md):
- score: each answer mapped to 0–100 ((v − min) / (max − min) × 100); mean; 95% CI
  mean ± t(0.975, n − 1) · s / √n with the sample standard deviation s (scipy.stats.t.ppf), cut to
  0–100; on a yes/no item (the share answering yes) Wilson's interval
  (scipy.stats.binomtest(...).proportion_ci(method="wilson")).
- top-box: share of answers in the most favourable category (5 of 5, 9–10 of 0–10, yes).
- NPS: 100 · (P − D) with P, D the shares of 9–10 and 0–6; 95% CI NPS ± z(0.975) · 100 ·
  √((P + D − (P − D)²) / n) (the variance of a difference of two multinomial shares).
- gap: companion mean − primary mean; 95% Welch CI with Welch–Satterthwaite degrees of freedom, cut
  to −100…100.
- agreement, over every pair of answers from two perspectives in the same circle:
  mean paired difference (B − A) in 0–100 points; % exact; % within one scale point;
  quadratic-weighted Cohen's kappa 1 − Σ w·o / Σ w·e with w = (i − j)², computed from the
  contingency table over all scale categories; Gwet's AC1 on top-box vs not:
  (pa − pe) / (1 − pe) with pe = 2π(1 − π), π the mean of the two raters' top-box shares.
"""
import itertools
import json
import math
from pathlib import Path

from scipy import stats

HERE = Path(__file__).parent
fixture = json.loads((HERE / "report-fixture.json").read_text())
SCALES = {"respect": (1, 5), "recommend": (0, 10), "clean": (0, 1)}
ASKED = {"respect": ["patient", "family", "staff"], "recommend": ["patient", "family"], "clean": ["patient", "staff"]}
PROVIDER = {"staff"}


def top(item, v):
    return v == 5 if item == "respect" else v >= 9 if item == "recommend" else v == 1


def score(item, v):
    lo, hi = SCALES[item]
    return (v - lo) / (hi - lo) * 100


def values(item, perspective):
    return [c[perspective][item] for c in fixture["circles"] if c[perspective] and item in c[perspective]]


def mean_ci(item, xs):
    n = len(xs)
    m = sum(xs) / n
    if n < 2:
        return m, None, None, 0.0
    s = math.sqrt(sum((x - m) ** 2 for x in xs) / (n - 1))
    if SCALES[item][1] - SCALES[item][0] == 1:
        ci = stats.binomtest(sum(1 for x in xs if x == 100), n).proportion_ci(0.95, method="wilson")
        return m, 100 * ci.low, 100 * ci.high, s
    h = stats.t.ppf(0.975, n - 1) * s / math.sqrt(n)
    return m, max(0.0, m - h), min(100.0, m + h), s


out = {"groups": {}, "gaps": {}, "agreement": {}}
for item, perspectives in ASKED.items():
    for p in perspectives:
        vs = values(item, p)
        scores = [score(item, v) for v in vs]
        m, lo, hi, s = mean_ci(item, scores)
        g = {"n": len(vs), "score": m, "low": lo, "high": hi, "topBox": sum(top(item, v) for v in vs) / len(vs)}
        if item == "recommend":
            n = len(vs)
            P = sum(v >= 9 for v in vs) / n
            D = sum(v <= 6 for v in vs) / n
            se = math.sqrt((P + D - (P - D) ** 2) / n)
            z = stats.norm.ppf(0.975)
            g["nps"] = {"estimate": 100 * (P - D), "low": 100 * (P - D - z * se), "high": 100 * (P - D + z * se)}
        lo_, hi_ = SCALES[item]
        g["distribution"] = [sum(v == x for v in vs) for x in range(lo_, hi_ + 1)]
        out["groups"][f"{item}:{p}"] = g
    primary = [score(item, v) for v in values(item, perspectives[0])]
    for p in perspectives[1:]:
        comp = [score(item, v) for v in values(item, p)]
        r = stats.ttest_ind(comp, primary, equal_var=False)
        ci = r.confidence_interval(0.95)
        diff = sum(comp) / len(comp) - sum(primary) / len(primary)
        flag = None
        if p in PROVIDER:
            flag = "blindSpot" if ci.low > 0 else "hiddenStrength" if ci.high < 0 else None
        out["gaps"][f"{item}:{p}"] = {"difference": diff, "low": max(-100.0, ci.low), "high": min(100.0, ci.high), "flag": flag}
    for a, b in itertools.combinations(perspectives, 2):
        pairs = [(c[a][item], c[b][item]) for c in fixture["circles"] if c[a] and c[b] and item in c[a] and item in c[b]]
        lo_, hi_ = SCALES[item]
        cats = list(range(lo_, hi_ + 1))
        k = len(cats)
        n = len(pairs)
        table = [[sum(1 for x, y in pairs if x == cats[i] and y == cats[j]) for j in range(k)] for i in range(k)]
        rows = [sum(table[i]) for i in range(k)]
        cols = [sum(table[i][j] for i in range(k)) for j in range(k)]
        w = [[(i - j) ** 2 for j in range(k)] for i in range(k)]
        observed = sum(w[i][j] * table[i][j] for i in range(k) for j in range(k))
        expected = sum(w[i][j] * rows[i] * cols[j] / n for i in range(k) for j in range(k))
        kappa = 1 - observed / expected if expected > 0 else None
        ta = [top(item, x) for x, _ in pairs]
        tb = [top(item, y) for _, y in pairs]
        pa = sum(x == y for x, y in zip(ta, tb)) / n
        pi = (sum(ta) / n + sum(tb) / n) / 2
        pe = 2 * pi * (1 - pi)
        ac1 = (pa - pe) / (1 - pe)
        out["agreement"][f"{item}:{a}:{b}"] = {
            "pairs": n,
            "meanDifference": sum(score(item, y) - score(item, x) for x, y in pairs) / n,
            "exact": sum(x == y for x, y in pairs) / n,
            "withinOne": sum(abs(x - y) <= 1 for x, y in pairs) / n,
            "kappaQuadratic": kappa,
            "ac1TopBox": ac1,
        }

(HERE / "report-expected.json").write_text(json.dumps(out, indent=1) + "\n")
print(json.dumps(out["gaps"], indent=1))
