// Lighthouse's mobile scores (performance, accessibility) of one page in Debian's Chromium, run by
// lighthouse-run.mjs in a plain Node process (see there why not under tsx).
import { spawnSync } from "node:child_process";
import path from "node:path";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  /** Where the audited navigation ended (after redirects): the caller checks it is the page it meant. */
  finalUrl: string;
  /** Failed audits and opportunities, worst first: what to look at when a score is below target. */
  findings: string[];
};

/** `reportFile`: where to keep Lighthouse's whole JSON report for a closer look. */
export function lighthouseScores(url: string, reportFile?: string, cookie?: string): LighthouseScores {
  const script = path.join(import.meta.dirname, "lighthouse-run.mjs");
  const run = spawnSync(process.execPath, [script, url, ...(reportFile ? [reportFile] : [])], {
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, LIGHTHOUSE_COOKIE: cookie ?? "" },
  });
  if (run.status !== 0) throw new Error(`Lighthouse failed: ${run.stderr || run.error?.message}`);
  return JSON.parse(run.stdout) as LighthouseScores;
}
