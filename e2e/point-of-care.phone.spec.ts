// Journey 2 on a phone: staff pick the open wave, start a circle for a patient and a family member, and
// show each their own QR code — in a handful of taps.
import type { Locator, Page } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

/** Every tap the nurse makes goes through here, so the test can hold the flow to a handful of them. */
function tapCounter() {
  let taps = 0;
  return {
    tap: async (target: Locator) => {
      taps++;
      await target.click();
    },
    choose: async (select: Locator, value: string) => {
      taps++; // a native picker: one tap to open it and choose
      await select.selectOption(value);
    },
    get count() {
      return taps;
    },
  };
}

/** The respondent entry trades a valid link for a cookie and redirects; an unknown one redirects to /r/invalid. */
async function expectWorkingLink(page: Page, link: string) {
  expect(link).toMatch(/^http:\/\/[^/]+\/r\/[^/?#]+$/);
  const response = await page.request.get(link, { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(response.status());
  expect(new URL(response.headers()["location"] ?? "", link).pathname).not.toBe("/r/invalid");
}

test("staff start a circle at the bedside and show each person their QR code", async ({ page }) => {
  await signIn(page, DEMO.staff);
  const nurse = tapCounter();
  const startedAt = Date.now();

  await nurse.tap(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Point of care" }));
  await expect(page.getByRole("heading", { level: 1, name: "Point of care" })).toBeVisible();
  await expectNoAxeViolations(page);
  await nurse.tap(page.getByRole("link", { name: /Autumn 2026/ }));

  await expect(page.getByRole("heading", { level: 1, name: "New circle" })).toBeVisible();
  // The patient is already in the circle; the family member is one tap, the relationship one more.
  await expect(page.getByRole("heading", { level: 3, name: "Patient" })).toBeVisible();
  await expectNoAxeViolations(page);
  await nurse.tap(page.getByRole("button", { name: "Add Family" }));
  await nurse.choose(page.getByRole("combobox", { name: "Relationship to the patient for Family (optional)" }), "child");
  await nurse.tap(page.getByRole("button", { name: "Create and show QR codes" }));

  const patientCode = page.getByRole("img", { name: "QR code for the survey link of the patient" });
  await expect(patientCode).toBeVisible();
  const tookMs = Date.now() - startedAt;
  await expect(page.getByRole("heading", { level: 2, name: "Patient" })).toBeVisible();
  // One person at a time: the family member's code is not on screen while the patient scans.
  await expect(page.getByRole("img", { name: /family/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const patientLink = await page.getByRole("textbox", { name: "Link for Patient" }).inputValue();
  await expectWorkingLink(page, patientLink);

  await nurse.tap(page.getByRole("button", { name: "Next person" }));
  await expect(page.getByRole("heading", { level: 2, name: /Family.*child/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code for the survey link of the family (child)" })).toBeVisible();
  await expect(patientCode).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Next person" })).toBeDisabled();
  await expectNoAxeViolations(page);
  const familyLink = await page.getByRole("textbox", { name: "Link for Family" }).inputValue();
  expect(familyLink).not.toBe(patientLink);
  await expectWorkingLink(page, familyLink);

  // From the dashboard to both codes: a handful of taps (the seconds depend on the machine, so only logged).
  expect(nurse.count).toBeLessThanOrEqual(6);
  test.info().annotations.push({ type: "point of care", description: `${nurse.count} taps, patient's code after ${tookMs} ms` });
});
