// Journey 1, first half: an admin builds a survey with linked items of every type, publishes it, and
// previews it as a companion perspective; a missing translation is shown at its field and blocks publishing.
import type { Locator, Page } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

const PATIENT_WORDING = "Did staff treat you with respect?";
const FAMILY_WORDING = "Did staff treat your relative with respect?";

async function newBlankSurvey(page: Page, name: string) {
  await page.getByRole("link", { name: "New survey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New survey" })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create survey" }).click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
}

/** Keys change when their field is left: fill, then Tab away. */
async function setKey(field: Locator, key: string) {
  await field.fill(key);
  await field.press("Tab");
}

const perspective = (page: Page, n: number) => page.getByRole("region", { name: new RegExp(`^Perspective ${n}:`) });
const item = (page: Page, n: number) => page.getByRole("region", { name: new RegExp(`^Item ${n}:`) });
const saved = (page: Page) => expect(page.getByText(/^All changes saved at/)).toBeVisible();

async function addPerspective(page: Page, n: number, label: string, key: string) {
  await page.getByRole("button", { name: "Add perspective" }).click();
  const region = perspective(page, n);
  await region.getByLabel("Label · English").fill(label);
  await setKey(region.getByLabel("Key (stable across versions)"), key);
  await expect(perspective(page, n)).toHaveAccessibleName(new RegExp(`^Perspective ${n}: ${label}`));
  return perspective(page, n);
}

async function addItem(page: Page, n: number, key: string, type: string, patientWording: string) {
  await page.getByRole("button", { name: "Add item" }).click();
  await setKey(item(page, n).getByLabel("Key", { exact: true }), key);
  const region = item(page, n);
  await expect(region).toHaveAccessibleName(new RegExp(`^Item ${n}: ${key}`));
  await region.getByLabel("Type").selectOption({ label: type });
  await region.getByLabel("Patient · English").fill(patientWording);
  return region;
}

test("an admin builds a linked survey with every item type, publishes it and previews it as Family", async ({ page }) => {
  const name = `Ward round ${Date.now()}`;
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "New survey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New survey" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/dashboard");
  await newBlankSurvey(page, name);

  // Perspectives: the patient at the centre, family (invited by the patient too) and staff.
  const patient = perspective(page, 1);
  await patient.getByLabel("Label · English").fill("Patient");
  await setKey(patient.getByLabel("Key (stable across versions)"), "patient");
  await expect(patient.getByRole("radio", { name: /Primary/ })).toBeChecked();
  const family = await addPerspective(page, 2, "Family", "family");
  await family.getByLabel("Limit per circle").fill("2");
  await family.getByLabel("A respondent of the circle").check();
  await addPerspective(page, 3, "Staff", "staff");

  // One linked item, each perspective in its own words.
  const respect = await addItem(page, 1, "respect", "5-point rating", PATIENT_WORDING);
  await respect.getByRole("checkbox", { name: "Family", exact: true }).check();
  await respect.getByLabel("Family · English").fill(FAMILY_WORDING);
  await respect.getByRole("checkbox", { name: "Staff", exact: true }).check();
  await respect.getByLabel("Staff · English").fill("Did the team treat this patient with respect?");
  await respect.getByLabel("Required").check();
  await expect(respect).toHaveAccessibleName(/linked/);

  // A perspective that items ask is removed only after saying what goes with it.
  await addPerspective(page, 4, "Advocate", "advocate");
  await respect.getByRole("checkbox", { name: "Advocate", exact: true }).check();
  await respect.getByLabel("Advocate · English").fill("Was the patient treated with respect?");
  await page.getByRole("button", { name: "Remove perspective advocate" }).click();
  const removal = page.getByRole("dialog", { name: "Remove the perspective Advocate?" });
  await expect(removal).toContainText("Remove it and its wordings from 1 item?");
  await removal.getByRole("button", { name: "Remove Advocate" }).click();
  await expect(respect.getByLabel("Advocate · English")).toHaveCount(0);
  await expect(perspective(page, 4)).toHaveCount(0);

  // The other five types.
  await addItem(page, 2, "recommend", "0–10 rating", "How likely are you to recommend this ward?");
  await addItem(page, 3, "pain_asked", "Yes / no", "Did staff ask about your pain?");
  const ward = await addItem(page, 4, "ward", "Single choice", "Which ward were you on?");
  await ward.getByLabel("Choice 1 · English").fill("Cedar");
  await ward.getByLabel("Choice 2 · English").fill("Maple");
  const helped = await addItem(page, 5, "helped", "Multiple choice", "Who helped you most?");
  await helped.getByRole("button", { name: "Add a choice to item helped" }).click();
  await helped.getByLabel("Choice 3 · English").fill("Pharmacists");
  await helped.getByLabel("At most (selections)").fill("2");
  const comments = await addItem(page, 6, "comments", "Free text", "What could we have done better?");
  await comments.getByLabel("Maximum length (characters)").fill("1000");
  await comments.getByRole("button", { name: "Add a condition to item comments" }).click();
  await comments.getByLabel("Earlier item").selectOption("respect");
  await comments.getByLabel("Comparison").selectOption({ label: "is at most" });
  await comments.getByLabel("Value").selectOption("3");

  // Reordering moves the whole item.
  await page.getByRole("button", { name: "Move item recommend up" }).click();
  await expect(item(page, 1)).toHaveAccessibleName(/^Item 1: recommend/);
  await page.getByRole("button", { name: "Move item recommend down" }).click();
  await expect(item(page, 1)).toHaveAccessibleName(/^Item 1: respect/);

  await saved(page);
  await expect(page.getByText("No issues: this draft is ready to publish.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Publish version 1" }).click();
  const dialog = page.getByRole("dialog", { name: "Publish version 1?" });
  await dialog.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]+\?published=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Version 1 published" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start a new version" })).toBeVisible();

  await page.getByRole("link", { name: "Preview as Family" }).click();
  await expect(page.getByRole("heading", { name: "Preview as Family" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Perspective" })).toHaveValue("family");
  await expect(page.getByText(FAMILY_WORDING)).toBeVisible();
  await expect(page.getByText(PATIENT_WORDING)).toHaveCount(0);
});

test("adding Spanish shows the missing translation at its field and blocks publishing until it is resolved", async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await newBlankSurvey(page, `Bilingual ${Date.now()}`);
  const customer = perspective(page, 1);
  await customer.getByLabel("Label · English").fill("Patient");
  const question = await addItem(page, 1, "respect", "Yes / no", PATIENT_WORDING);
  await saved(page);
  await expect(page.getByRole("button", { name: "Publish version 1" })).toBeEnabled();

  await page.getByLabel("Add a language").selectOption({ label: "Español" });
  await page.getByRole("button", { name: "Add language" }).click();
  const spanish = question.getByLabel("Patient · Español");
  await expect(spanish).toHaveAttribute("lang", "es");
  await expect(spanish).toHaveAccessibleDescription(/missing wording for Patient in Spanish/);
  await expect(spanish).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: /^Publish \(2 issues to fix\)$/ })).toBeDisabled();
  await expect(page.getByRole("link", { name: /missing wording for Patient in Spanish/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await spanish.fill("¿El personal le trató con respeto?");
  await saved(page);
  await expect(spanish).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: /^Publish \(1 issue to fix\)$/ })).toBeDisabled();

  // Arabic is written right to left, and its fields say so.
  await page.getByLabel("Add a language").selectOption({ label: "العربية" });
  await page.getByRole("button", { name: "Add language" }).click();
  await expect(question.getByLabel("Patient · العربية")).toHaveAttribute("dir", "rtl");
  await page.getByRole("button", { name: "Remove العربية" }).click();

  // Removing Spanish again (it has texts, so it asks first) leaves nothing to fix.
  await page.getByRole("button", { name: "Remove Español" }).click();
  await page.getByRole("dialog", { name: "Remove Español?" }).getByRole("button", { name: "Remove Español" }).click();
  await saved(page);
  await expect(page.getByRole("button", { name: "Publish version 1" })).toBeEnabled();
});

test("a survey exported as JSON imports as a new draft; a broken file is explained", async ({ page }) => {
  // A survey of this test's own: importing the demo's would leave a second "Hospital stay" behind.
  const name = `Exported ${Date.now()}`;
  await signIn(page, DEMO.admin);
  await newBlankSurvey(page, name);
  await perspective(page, 1).getByLabel("Label · English").fill("Patient");
  await addItem(page, 1, "respect", "Yes / no", PATIENT_WORDING);
  await saved(page);
  await page.getByRole("link", { name, exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name}.circles.json`);

  await page.goto("/surveys/new");
  const file = page.getByLabel("Survey file (.circles.json)");
  await file.setInputFiles({ name: "broken.circles.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(file).toHaveAccessibleDescription(/“broken.circles.json” is not valid JSON/);
  await file.setInputFiles({
    name: "wrong.circles.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "circles.survey/1", name: "", languages: [] })),
  });
  await page.getByRole("button", { name: "Import survey" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "The file is not a valid Circles survey" });
  await expect(problems.getByRole("listitem").filter({ hasText: /^name: / })).toBeVisible();

  await file.setInputFiles(await download.path());
  await page.getByRole("button", { name: "Import survey" }).click();
  await expect(page).toHaveURL(/\/surveys\/[0-9a-f-]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: `Edit ${name}` })).toBeVisible();
  await expect(item(page, 1).getByLabel("Patient · English")).toHaveValue(PATIENT_WORDING);
});
