// Journey 1, second half: an admin configures and opens a wave, adds a circle and hands out its links, then
// closes the wave; a manager reads the wave but changes nothing. Each run makes its own wave, so the demo's
// waves (which other journeys rely on) stay as they are.
import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("an admin creates, opens and closes a wave, and adds a circle with its links", async ({ page }) => {
  const name = `Winter ${Date.now()}`;
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Hospital stay" }).first().click();
  await page.getByRole("link", { name: "New wave" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New wave of Hospital stay" })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Time zone").selectOption("Europe/London");
  await page.getByLabel("Closes").fill("2099-01-31T17:00");
  await page.getByLabel("Sites").fill("Riverside");
  await page.getByLabel("Units").fill("Cardiology, Maternity");
  await page.getByRole("checkbox", { name: /^Email/ }).check();
  await page.getByLabel("Reminders (days after the invitation)").fill("7, 3");
  // Companion choices appear only when respondents may invite companions (this wave does not).
  const companions = page.getByRole("checkbox", { name: "Respondents may invite companions" });
  await companions.check();
  await expect(page.getByRole("group", { name: "Perspectives they may invite" }).getByRole("checkbox")).toHaveCount(2);
  await companions.uncheck();
  await expect(page.getByRole("group", { name: "Perspectives they may invite" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Confidential" }).check();
  await expect(page.getByLabel("Smallest group shown (k)")).toHaveValue("5");
  await expectNoAxeViolations(page);

  // A threshold under 3 is refused before it is sent.
  await page.getByLabel("Smallest group shown (k)").fill("2");
  await page.getByRole("button", { name: "Create wave" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Fix the problem marked above first." })).toBeVisible();
  await expect(page.getByLabel("Smallest group shown (k)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Smallest group shown (k)").fill("5");
  await page.getByRole("button", { name: "Create wave" }).click();

  await expect(page).toHaveURL(/\/waves\/[0-9a-f-]+$/);
  const heading = page.getByRole("heading", { level: 1, name: new RegExp(name) });
  await expect(heading).toContainText("draft");
  await expect(page.getByText("3, 7 days after the invitation")).toBeVisible();
  await expect(page.getByText("31 Jan 2099, 17:00 (Europe/London)")).toBeVisible();
  await expect(page.getByText("confidential; no group under 5 shown")).toBeVisible();

  await page.getByRole("button", { name: "Open wave" }).click();
  const opening = page.getByRole("dialog", { name: "Open this wave?" });
  await expect(opening).toContainText("fixed and cannot change");
  await opening.getByRole("button", { name: "Open wave" }).click();
  await expect(heading).toContainText("open");
  await expect(page.getByRole("button", { name: "Open wave" })).toHaveCount(0);

  // Once open, what was fixed at launch is read-only; the rest still changes.
  await page.getByRole("link", { name: "Edit settings" }).click();
  await expect(page.getByLabel("Smallest group shown (k)")).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Confidential" })).toBeDisabled();
  await page.getByLabel("Reminders (days after the invitation)").fill("3, 7, 14");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("3, 7, 14 days after the invitation")).toBeVisible();

  await page.getByRole("link", { name: "Add a circle" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Add a circle to ${name}` })).toBeVisible();
  const ref = `E2E-${Date.now()}`;
  await page.getByLabel("Reference (optional)").fill(ref);
  await page.getByLabel("Site (optional)").fill("Riverside");
  await page.getByLabel("Unit (optional)").fill("Cardiology");
  await page.getByLabel("Date of the experience (optional)").fill("2026-11-20");
  const patient = page.getByRole("group", { name: /^Person 1: Patient/ });
  await patient.getByLabel("Name (optional)").fill("Alex Example");
  await page.getByRole("button", { name: "Add a person" }).click();
  const family = page.getByRole("group", { name: /^Person 2:/ });
  await expect(family.getByLabel("Perspective")).toBeFocused();
  await family.getByLabel("Perspective").selectOption({ label: "Family" });
  await family.getByLabel("Relationship (optional)").fill("daughter");
  await family.getByLabel("Preferred language").selectOption({ label: "Español" });
  await expectNoAxeViolations(page);

  // A bad email comes back from the server, next to its field.
  await family.getByLabel("Email (optional)").fill("not-an-email");
  await page.getByRole("button", { name: "Add circle" }).click();
  await expect(family.getByLabel("Email (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(family.getByText("must be an email address")).toBeVisible();
  await family.getByLabel("Email (optional)").fill("");
  await page.getByRole("button", { name: "Add circle" }).click();

  await expect(page).toHaveURL(/\/circles\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Circle ${ref}` })).toBeVisible();
  const links = page.getByTestId("personal-link");
  await expect(links).toHaveCount(2);
  await expect(links.first()).toContainText(/^http:\/\/127\.0\.0\.1:\d+\/r\/\S+$/);
  await expect(page.getByRole("link", { name: "Show QR codes" })).toHaveAttribute("href", /\/care\/circles\/[0-9a-f-]+$/);
  const daughter = page.getByRole("listitem", { name: "Family (daughter)" });
  const before = await daughter.getByTestId("personal-link").textContent();
  await daughter.getByRole("button", { name: /^New link/ }).click();
  const reissue = page.getByRole("dialog", { name: "Give Family (daughter) a new link?" });
  await expect(reissue).toContainText("stops working");
  await reissue.getByRole("button", { name: "Make a new link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Family (daughter) has a new link." })).toBeVisible();
  await expect(daughter.getByTestId("personal-link")).not.toHaveText(before ?? "");
  await expect(daughter.getByTestId("personal-link")).toContainText("/r/");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("row", { name: new RegExp(ref) })).toBeVisible();
  await page.getByRole("button", { name: "Close wave" }).click();
  const closing = page.getByRole("dialog", { name: "Close this wave?" });
  await expect(closing).toContainText(/links stop working and no more answers are accepted/i);
  await closing.getByRole("button", { name: "Close wave" }).click();
  await expect(heading).toContainText("closed");
  await expect(page.getByRole("link", { name: "Add a circle" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit settings" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close wave" })).toHaveCount(0);
});

test("a manager reads a wave but cannot open, close, edit it or add circles", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.getByRole("link", { name: "Autumn 2026" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Autumn 2026/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Patient \(primary\)/ })).toBeVisible();
  for (const name of ["Open wave", "Close wave"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  for (const name of ["Edit settings", "Add a circle"]) await expect(page.getByRole("link", { name })).toHaveCount(0);

  const waveUrl = page.url();
  await page.goto(`${waveUrl}/edit`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto(`${waveUrl}/circles/new`);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
