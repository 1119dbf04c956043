// Shared steps for journeys: sign in as a demo account, check a page with axe, and (for every test)
// watch for Content-Security-Policy violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "circles-demo";
export const DEMO = {
  admin: "admin@demo.circles.test",
  manager: "manager@demo.circles.test",
  staff: "staff@demo.circles.test",
  consultant: "consultant@demo.circles.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/**
 * At the point of care, a new circle in the demo's open wave (which lets respondents invite family), by
 * whoever is signed in (staff, or an admin): the patient's personal link, and a family member's if asked.
 */
export async function startDemoCircle(page: Page, { withFamily = false }: { withFamily?: boolean } = {}) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Point of care" }).click();
  // The dashboard links to the wave too: pick it on the point-of-care page.
  await expect(page.getByRole("heading", { level: 1, name: "Point of care" })).toBeVisible();
  await page.getByRole("link", { name: /Autumn 2026/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New circle" })).toBeVisible();
  if (withFamily) {
    await page.getByRole("button", { name: "Add Family" }).click();
    await page.getByRole("combobox", { name: "Relationship to the patient for Family (optional)" }).selectOption("child");
  }
  await page.getByRole("button", { name: "Create and show QR codes" }).click();
  const patientLink = await page.getByRole("textbox", { name: "Link for Patient" }).inputValue();
  expect(patientLink).toMatch(/\/r\/[^/?#]+$/);
  let familyLink = "";
  if (withFamily) {
    await page.getByRole("button", { name: "Next person" }).click();
    familyLink = await page.getByRole("textbox", { name: "Link for Family" }).inputValue();
    expect(familyLink).toMatch(/\/r\/[^/?#]+$/);
  }
  return { patientLink, familyLink };
}

export async function expectNoAxeViolations(page: Page) {
  // A page that has just refreshed (router.refresh after a save) may briefly be between two
  // renders of its <title>; judge the settled page. A page that never gets a title still fails.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/**
 * Every journey also checks that no page it opened broke the Content-Security-Policy (next.config.mjs):
 * the browser reports each refused script, style, image or request on the console. Contexts a test opens
 * itself (a second phone, a second visitor) are watched too.
 */
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ browser, context }, run) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? ""}: ${message.text()}`);
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        watch(opened);
        return opened;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
