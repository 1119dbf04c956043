import { DEMO, expect, expectNoAxeViolations, signIn, test } from "./fixtures";

test("the demo admin signs in and sees Hospital stay with its waves and counts", async ({ page }) => {
  const response = await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  // Staff pages too load only from this site and cannot be framed by another (clickjacking).
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response!.headers()["content-security-policy"]).toContain("default-src 'self'");
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await expectNoAxeViolations(page);

  await signIn(page, DEMO.admin);
  await expect(page.getByRole("heading", { level: 1, name: "Riverside Hospital" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Hospital stay" })).toBeVisible();

  for (const wave of ["Spring 2026", "Autumn 2026"]) {
    const row = page.getByRole("row", { name: new RegExp(wave) });
    await expect(row).toBeVisible();
    const circles = Number(await row.getByTestId("wave-circles").textContent());
    const invited = Number(await row.getByTestId("wave-invited").textContent());
    const completed = Number((await row.getByTestId("wave-completed").textContent())?.split(" ")[0]);
    expect(circles).toBeGreaterThan(100);
    expect(invited).toBeGreaterThan(circles);
    expect(completed).toBeGreaterThan(0);
    expect(completed).toBeLessThan(invited);
  }
  await expect(page.getByText("Claim experience")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Autumn 2026" }).click();
  await expect(page.getByRole("heading", { name: /Autumn 2026/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Patient \(primary\)/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Hospital stay" }).click();
  await expect(page.getByRole("heading", { name: /Items of version 1/ })).toBeVisible();
  await expect(page.getByText("Did staff treat your relative with respect?")).toBeVisible();
});

test("a wrong password gets a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO.manager);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That email and password do not match an account." }),
  ).toBeVisible();
});

test("someone in two organisations switches between them", async ({ page }) => {
  await signIn(page, DEMO.consultant);
  await page.getByRole("combobox", { name: "Organisation" }).selectOption({ label: "Harbour Insurance" });
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Insurance" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Claim experience" })).toBeVisible();
  await expect(page.getByText("Hospital stay")).toHaveCount(0);
});

test("a manager sees no Members page; a deactivated member is signed out at their next step", async ({ browser }) => {
  const managerPage = await (await browser.newContext()).newPage();
  await signIn(managerPage, DEMO.manager);
  await expect(managerPage.getByRole("link", { name: "Members" })).toHaveCount(0);
  await managerPage.goto("/members");
  await expect(managerPage.getByRole("heading", { name: "No access" })).toBeVisible();

  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, DEMO.admin);
  await adminPage.getByRole("link", { name: "Members" }).click();
  await expectNoAxeViolations(adminPage);
  const row = adminPage.getByRole("row", { name: /Morgan Manager/ });
  await row.getByRole("button", { name: /Deactivate/ }).click();
  await expect(row.getByText("inactive")).toBeVisible();

  // Deactivation ends every session of the member at once.
  await managerPage.goto("/dashboard");
  await expect(managerPage).toHaveURL(/\/sign-in\?ended=1$/);
  await expect(managerPage.getByText("Your session has ended")).toBeVisible();

  await row.getByRole("button", { name: /Reactivate/ }).click();
  await expect(row.getByText("active", { exact: true })).toBeVisible();
  await signIn(managerPage, DEMO.manager);
  await expect(managerPage.getByRole("heading", { level: 1, name: "Riverside Hospital" })).toBeVisible();
});
