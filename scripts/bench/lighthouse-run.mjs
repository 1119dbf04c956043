// @ts-check
// Runs Lighthouse once and prints its scores as JSON. Plain Node on purpose: under tsx, functions that
// Lighthouse sends into the page (as source text) carry esbuild's `__name` helper, which the page lacks.
//   [LIGHTHOUSE_COOKIE=name=value] node scripts/bench/lighthouse-run.mjs <url> [report.json]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const [url, reportFile] = process.argv.slice(2);
if (!url) throw new Error("usage: lighthouse-run.mjs <url> [report.json]");

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-lighthouse-"));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, userDataDir, logLevel: "silent" });
try {
  // The default config: mobile form factor, simulated slow-4G throttling and a 4× slower CPU.
  // LIGHTHOUSE_COOKIE: a cookie the page's requests carry (a respondent's page opened without its link).
  const extraHeaders = process.env.LIGHTHOUSE_COOKIE ? { Cookie: process.env.LIGHTHOUSE_COOKIE } : undefined;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders,
  });
  if (!result) throw new Error("Lighthouse returned no result");
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (reportFile) fs.writeFileSync(reportFile, typeof result.report === "string" ? result.report : result.report.join("\n"));
  /** @param {string} id */
  const score = (id) => {
    const value = lhr.categories[id]?.score;
    if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`);
    return Math.round(value * 100);
  };
  // What to look at when a score is below target: failed audits and opportunities, worst first.
  const findings = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
    .map((a) => `${a.id} (${Math.round((a.score ?? 0) * 100)}${a.displayValue ? `, ${a.displayValue}` : ""})`);
  process.stdout.write(
    JSON.stringify({ performance: score("performance"), accessibility: score("accessibility"), finalUrl: lhr.finalDisplayedUrl, findings }),
  );
} finally {
  chrome.kill();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}
