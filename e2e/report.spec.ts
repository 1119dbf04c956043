// Journey 4: a CX manager opens the demo's open wave report — every perspective side by side, the
// largest gaps first — filters by a unit and downloads a CSV whose rows match what the page shows.
// Staff cannot reach reports; an admin opens one circle of a confidential wave side by side. The
// demo's open wave grows with the date it is seeded on, so figures are read from the page, not fixed.
import fs from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import Papa from "papaparse";
import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const WITHHELD = /^(fewer than 5|hidden to protect a smaller group|none)$/;

/** "+12.3" / "−4.0" (a real minus sign) as a number. */
function signedNumber(text: string): number {
  return Number(text.trim().replace("\u2212", "-"));
}

/** The demo's open wave's report, from its row on the dashboard. */
function reportLink(page: Page): Locator {
  return page.getByRole("row", { name: /Autumn 2026/ }).getByRole("link", { name: "Report", exact: true });
}

async function openReport(page: Page, from: "dashboard" | "wave page" = "dashboard") {
  if (from === "dashboard") {
    await reportLink(page).click();
  } else {
    await page.getByRole("link", { name: "Autumn 2026", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Autumn 2026/ })).toBeVisible();
    await page.getByRole("link", { name: "Report", exact: true }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: /Report: Autumn 2026/ })).toBeVisible();
  // Comments and trends load after the page: wait for both before reading or checking it.
  await expect(page.getByRole("table", { name: "Comments written, by question and perspective" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Scores of .* by wave and perspective$/ }).first()).toBeVisible();
}

function itemSections(page: Page): Locator {
  return page.getByRole("region", { name: "Items, largest gap first" }).getByRole("region");
}

/** Each perspective's row of an item's scores table (or, for a choice item, its "People who answered" cell): name → n text. */
async function groupCounts(item: Locator): Promise<Map<string, string>> {
  const counts = new Map<string, string>();
  const scores = item.getByRole("table", { name: /^Scores by perspective/ });
  if ((await scores.count()) > 0) {
    for (const row of await scores.getByRole("row").all()) {
      const header = row.getByRole("rowheader");
      if ((await header.count()) === 0) continue;
      const name = (await header.locator("span").first().innerText()).trim();
      counts.set(name, (await row.getByRole("cell").first().innerText()).trim());
    }
    return counts;
  }
  const table = item.getByRole("table", { name: /^Answers, % of the people/ });
  const names = (await table.getByRole("columnheader").allInnerTexts()).slice(1).map((t) => t.trim());
  const cells = await table.getByRole("row", { name: /People who answered/ }).getByRole("cell").allInnerTexts();
  names.forEach((name, i) => counts.set(name, cells[i]!.trim()));
  return counts;
}

test("a manager compares perspectives with the largest gaps first, filters by unit and downloads a matching CSV", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openReport(page);
  await expect(page.getByTestId("anonymity")).toContainText("fewer than 5");
  // Managers never see single circles.
  await expect(page.getByRole("heading", { name: "Largest disagreements inside circles" })).toHaveCount(0);

  // Family and staff beside patients, in the chart and in its table.
  const items = itemSections(page);
  const first = items.first();
  const firstTable = first.getByRole("table", { name: /^Scores by perspective, with the gap against Patient$/ });
  for (const name of ["Patient", "Family", "Staff"]) {
    await expect(firstTable.getByRole("rowheader", { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  await expect(first.getByRole("img", { name: /Patient .*Family .*Staff/ })).toBeVisible();

  // Largest gap first: each item's stated largest gap is the largest of the gaps in its table, and
  // the first items come in decreasing order of it.
  const largest: number[] = [];
  for (const item of (await items.all()).slice(0, 4)) {
    const stated = Number((await item.getByTestId("largest-gap").innerText()).match(/([\d.]+) points/)![1]);
    const gapCells = await item.getByRole("table", { name: /^Scores by perspective/ }).locator("td[data-gap] strong").allInnerTexts();
    expect(gapCells.length).toBeGreaterThan(0);
    expect(Math.max(...gapCells.map((g) => Math.abs(signedNumber(g))))).toBeCloseTo(stated, 1);
    largest.push(stated);
  }
  expect(largest).toEqual([...largest].sort((a, b) => b - a));
  await expectNoAxeViolations(page);

  // Comments are searchable; every one shown contains the words searched for.
  await page.getByLabel("Search comments").fill("pain");
  await page.getByRole("search", { name: "Comment search" }).getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status").filter({ hasText: /of \d+ containing “pain”/ })).toBeVisible();
  const found = await page.getByRole("list", { name: "Comments" }).getByRole("listitem").locator("p[dir=auto]").allInnerTexts();
  expect(found.length).toBeGreaterThan(0);
  for (const text of found) expect(text.toLowerCase()).toContain("pain");

  // Filter by a unit through the form; the address carries it.
  const unit = page.getByLabel("Unit");
  const unitName = (await unit.locator("option").nth(1).innerText()).trim();
  await unit.selectOption(unitName);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("active-filters")).toContainText(`Filtered to unit ${unitName}`);
  // The address is the short one to share: only the filters in use.
  const address = new URL(page.url()).searchParams;
  expect(address.get("unit")).toBe(unitName);
  expect(address.has("site")).toBe(false);
  await expect(page.getByRole("table", { name: "Comments written, by question and perspective" })).toBeVisible();

  // What the page shows for every item under the filter.
  const shown = new Map<string, Map<string, string>>();
  for (const item of await itemSections(page).all()) {
    const key = (await item.getAttribute("data-item-key"))!;
    shown.set(key, await groupCounts(item));
  }
  expect(shown.size).toBeGreaterThan(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV — one row per answer" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("circles-autumn-2026-long.csv");
  const csv = (await fs.readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  // A manager's export carries no identities.
  expect(parsed.meta.fields).toEqual(["wave", "perspective", "item_key", "item_type", "answer", "score_0_100"]);

  const rows = new Map<string, number>();
  for (const r of parsed.data) rows.set(`${r.item_key}:${r.perspective}`, (rows.get(`${r.item_key}:${r.perspective}`) ?? 0) + 1);
  let checkedShown = 0;
  for (const [key, groups] of shown) {
    for (const [perspective, n] of groups) {
      const count = rows.get(`${key}:${perspective.toLowerCase()}`) ?? 0;
      if (WITHHELD.test(n)) {
        expect(count, `${key} / ${perspective} is withheld on the page (${n}) and must have no rows`).toBe(0);
      } else {
        expect(count, `${key} / ${perspective}: rows in the CSV`).toBe(Number(n));
        checkedShown++;
      }
    }
  }
  expect(checkedShown).toBeGreaterThan(0);
  // Nothing in the CSV that the page does not show (free text aside: comments follow their own threshold).
  const textItems = new Set(parsed.data.filter((r) => r.item_type === "text").map((r) => r.item_key));
  for (const key of rows.keys()) {
    const [itemKey, perspective] = key.split(":");
    if (textItems.has(itemKey!)) continue;
    const n = [...(shown.get(itemKey!)?.entries() ?? [])].find(([name]) => name.toLowerCase() === perspective)?.[1];
    expect(n && !WITHHELD.test(n), `${key} has rows, so the page shows it`).toBeTruthy();
  }
});

test("staff see no report link and reach no report", async ({ page }) => {
  await signIn(page, DEMO.staff);
  await expect(page.getByRole("link", { name: /^Report/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Autumn 2026" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Autumn 2026/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Report/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Response funnel by perspective" })).toHaveCount(0);

  const waveUrl = page.url();
  const exported = await page.request.get(`${waveUrl}/report/export?form=long`);
  expect(exported.status()).toBe(403);
  expect(await exported.text()).not.toContain("wave,perspective");
  await page.goto(`${waveUrl}/report`);
  await expect(page).toHaveURL(/\/no-access$/);
  await expect(page.getByRole("heading", { level: 1, name: "No access" })).toBeVisible();
});

test("an admin of a confidential wave opens the circle with the largest disagreement side by side", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await openReport(page, "wave page");
  const list = page.getByRole("table", { name: "Circles with the largest disagreement between perspectives" });
  const top = list.getByRole("row").nth(1);
  const ref = (await top.getByRole("link").innerText()).trim();
  const spread = Number(await top.getByRole("cell").last().innerText());
  expect(spread).toBeGreaterThan(0);
  await top.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name: `Circle ${ref}, side by side` })).toBeVisible();
  const answers = page.getByRole("table", { name: "Every answer in this circle, one column per person" });
  const people = (await answers.getByRole("columnheader").allInnerTexts()).slice(1);
  expect(people.length).toBeGreaterThanOrEqual(2);
  expect(people[0]).toMatch(/^Patient/);
  // Answers read as the words people chose, not as numbers.
  await expect(answers.getByRole("cell", { name: /^\D+ \([1-5] of 5\)$/ }).first()).toBeVisible();
  await expect(answers.getByRole("cell", { name: /^(Yes|No)$/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // A manager who is given the address is refused: single circles are for admins only.
  const circleUrl = page.url();
  await page.context().clearCookies();
  await signIn(page, DEMO.manager);
  await page.goto(circleUrl);
  await expect(page).toHaveURL(/\/no-access$/);
});

test("the CSV download refuses bad requests plainly and streams the wide form", async ({ page, playwright, baseURL }) => {
  await signIn(page, DEMO.manager);
  await reportLink(page).click();
  await expect(page.getByRole("heading", { level: 1, name: /Report: Autumn 2026/ })).toBeVisible();
  const reportUrl = page.url().split("?")[0]!;

  const wide = await page.request.get(`${reportUrl}/export?form=wide`);
  expect(wide.status()).toBe(200);
  expect(wide.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(wide.headers()["content-disposition"]).toBe('attachment; filename="circles-autumn-2026-wide.csv"');
  const parsed = Papa.parse<Record<string, string>>((await wide.text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields!.slice(0, 3)).toEqual(["wave", "perspective", "respect"]);
  expect(parsed.data.length).toBeGreaterThan(0);
  for (const row of parsed.data) expect(["patient", "family", "staff"]).toContain(row.perspective);

  for (const [query, status] of [
    ["form=pdf", 400],
    ["form=long&month=2026-13", 400],
  ] as const) {
    const res = await page.request.get(`${reportUrl}/export?${query}`);
    expect(res.status(), query).toBe(status);
    expect(res.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  }
  const unknown = await page.request.get(`/waves/${crypto.randomUUID()}/report/export?form=long`);
  expect(unknown.status()).toBe(404);
  const malformed = await page.request.get(`/waves/not-a-wave/report/export?form=long`);
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).not.toMatch(/at .*\.(ts|js)|ZodError|stack/i);

  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.get(`${new URL(reportUrl).pathname}/export?form=long`);
  expect(signedOut.status()).toBe(401);
  await anonymous.dispose();
});
