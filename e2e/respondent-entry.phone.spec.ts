// Opening a personal link on a phone: respondent pages tell the browser to send no Referer and keep no
// copy, load nothing from anywhere else (a Content-Security-Policy, under which the page still works),
// and guessing links from one address is refused with the same friendly page.
import { randomInt } from "node:crypto";
import type { Page, Response } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, startDemoCircle, test } from "./fixtures";

/** Staff start a circle for a patient in the demo's open wave and read the patient's link. */
async function patientLink(page: Page): Promise<string> {
  await signIn(page, DEMO.staff);
  return (await startDemoCircle(page)).patientLink;
}

function expectRespondentHeaders(response: Response | null) {
  expect(response).not.toBeNull();
  const headers = response!.headers();
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toBe("no-store");
  expect(headers["x-frame-options"]).toBe("DENY");
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
}

/** An address of the documentation range, new for each run: its failed attempts are its own. */
function guesserAddress() {
  return `203.0.113.${randomInt(1, 255)}`;
}

test("a personal link opens a page that sends no Referer, is not kept, and loads only from this site", async ({ page, browser }) => {
  const link = await patientLink(page);

  const context = await browser.newContext();
  const phone = await context.newPage();
  const requested: string[] = [];
  phone.on("request", (request) => requested.push(request.url()));

  const landed = await phone.goto(link);
  await expect(phone).toHaveURL(/\/r$/);
  // The link itself (the redirect that sets the cookie) and the page it leads to.
  const entry = await landed!.request().redirectedFrom()?.response();
  expect(entry?.status()).toBe(303);
  expectRespondentHeaders(entry ?? null);
  expectRespondentHeaders(landed);

  // Under the policy the page still comes alive: the welcome's button leads on.
  await expect(phone.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await expectNoAxeViolations(phone);
  await phone.getByRole("button", { name: "Start", exact: true }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Who is answering?" })).toBeVisible();

  const origin = new URL(link).origin;
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"))).toEqual([]);

  const invalid = await phone.goto(`${origin}/r/invalid`);
  expectRespondentHeaders(invalid);
  await context.close();
});

test("guessing links from one address is refused with the page any wrong link gets, valid links too", async ({ page, browser }) => {
  const link = await patientLink(page);
  const origin = new URL(link).origin;
  // The production server appends the address that connected (loopback here, a trusted proxy for the
  // journeys: scripts/e2e-server.mjs) to X-Forwarded-For, so this header stands for a guesser elsewhere.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": guesserAddress() } });
  const phone = await context.newPage();

  for (let i = 0; i < 20; i++) {
    const guess = await phone.request.get(`${origin}/r/${"A".repeat(22)}${String(i).padStart(2, "0")}`, { maxRedirects: 0 });
    expect(guess.status()).toBe(303);
    expect(guess.headers()["location"]).toBe("/r/invalid");
  }

  // Now even the valid link is refused, and the page says no more than a wrong link's page does.
  const refused = await phone.goto(link);
  expect(refused?.status()).toBe(429);
  expect(refused?.headers()["retry-after"]).toBe("600");
  expectRespondentHeaders(refused);
  await expect(phone.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await expect(phone).toHaveTitle("Link not valid · Circles");
  await expectNoAxeViolations(phone);
  await context.close();

  // The same link from another address still works.
  const other = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": guesserAddress().replace("203.0.113.", "198.51.100.") } });
  const person = await other.newPage();
  await person.goto(link);
  await expect(person).toHaveURL(/\/r$/);
  await expect(person.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await other.close();
});
