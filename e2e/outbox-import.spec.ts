import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("the outbox shows what was sent to the demo's people, with links masked", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  // The worker runs as the app starts: the demo's open wave has people with contacts to invite.
  await expect(page.getByText(/Invitation by (email|sms)/).first()).toBeVisible();
  await expect(page.getByText("/r/[personal-link]").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an admin imports circles from CSV after a check that names bad rows", async ({ page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-csv-"));
  const ref = `E2E-${Date.now()}`;
  const bad = path.join(dir, "bad.csv");
  fs.writeFileSync(bad, `circle_ref,perspective,email\n${ref},family,x@example.com\n${ref}-2,patient,not-an-email\n`);
  const good = path.join(dir, "good.csv");
  fs.writeFileSync(good, `circle_ref,unit,perspective,relationship\n${ref},Cardiology,patient,\n${ref},,family,child\n`);

  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Autumn 2026" }).click();
  await page.getByRole("link", { name: "Import circles from CSV" }).click();
  await expectNoAxeViolations(page);

  await page.getByLabel("CSV file").setInputFiles(bad);
  await expect(page.getByRole("heading", { name: /problems to fix — nothing will be imported/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /3 email/ })).toBeVisible();

  await page.getByLabel("CSV file").setInputFiles(good);
  await expect(page.getByRole("heading", { name: /good\.csv is ready: 2 rows/ })).toBeVisible();
  await page.getByRole("button", { name: "Import 1 circles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported: 1 new circles" })).toBeVisible();

  await page.getByRole("link", { name: "Back to the wave" }).click();
  await page.getByLabel("Unit").fill("Cardiology");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: ref, exact: true })).toBeVisible();
});
