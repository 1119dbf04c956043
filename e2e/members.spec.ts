// An admin brings a manager in and takes them out again: the invitation goes through the outbox, the
// manager joins with that address, signs in, sees reports but not settings; once deactivated, the next
// action of the page they still have open is refused.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, startDemoCircle, test } from "./fixtures";

const PASSWORD = "manager's own passphrase";
// A real 1×1 PNG.
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

test.setTimeout(180_000);

async function invitationLinkFromOutbox(admin: Page, email: string): Promise<string> {
  await admin.getByRole("link", { name: "Outbox" }).click();
  await expect(admin.getByRole("heading", { name: "Outbox" })).toBeVisible();
  // The worker keeps it in the outbox on its next tick (every 30 s): look again until it has.
  const message = admin.getByRole("listitem").filter({ hasText: `Member invitation by email` }).filter({ hasText: email });
  await expect(async () => {
    await admin.reload();
    await expect(message.getByText("Join Riverside Hospital on Circles", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 90_000, intervals: [2_000] });
  await expect(message.getByText("/invite/[invitation-link]")).toBeVisible();
  await expectNoAxeViolations(admin);
  const href = await message.getByRole("link", { name: /\/invite\// }).getAttribute("href");
  expect(href).toMatch(/\/invite\/[A-Za-z0-9_-]{24}$/);
  // The link names the public address (CIRCLES_PUBLIC_URL); open its path on this test server.
  return new URL(href!).pathname;
}

test("an admin invites a manager, who joins, sees reports but not settings, and is refused once deactivated", async ({ browser }) => {
  const email = `manager.${Date.now()}@e2e.circles.test`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.getByRole("link", { name: "Members" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("manager");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation for ${email} created` })).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })).toBeVisible();
  await expectNoAxeViolations(admin);

  const invitationPath = await invitationLinkFromOutbox(admin, email);

  // Forwarded to someone else, the link is refused for their address and nothing is created.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(invitationPath);
  await stranger.getByLabel("Your email").fill(`colleague.${Date.now()}@e2e.circles.test`);
  await stranger.getByLabel("Your name").fill("Forwarded To");
  await stranger.getByLabel("Choose a password").fill(PASSWORD);
  await stranger.getByLabel("Password again").fill(PASSWORD);
  await stranger.getByRole("button", { name: "Create account and join" }).click();
  await expect(stranger.getByRole("heading", { name: "This invitation is for another address" })).toBeVisible();
  await expectNoAxeViolations(stranger);

  // The invited manager joins with the address it was sent to.
  const manager = await (await browser.newContext()).newPage();
  await manager.goto(invitationPath);
  await expect(manager.getByRole("heading", { level: 1, name: "Join Riverside Hospital" })).toBeVisible();
  await expect(manager.getByText(/as a manager/)).toBeVisible();
  await expectNoAxeViolations(manager);
  await manager.getByLabel("Your email").fill(email);
  await manager.getByLabel("Your name").fill("Nia New-Manager");
  await manager.getByLabel("Choose a password").fill(PASSWORD);
  await manager.getByLabel("Password again").fill(PASSWORD);
  await manager.getByRole("button", { name: "Create account and join" }).click();
  await expect(manager).toHaveURL(/\/dashboard$/);

  // Signs in with the password they chose.
  await manager.getByRole("button", { name: "Sign out" }).click();
  await expect(manager).toHaveURL(/\/sign-in$/);
  await signIn(manager, email, PASSWORD);
  await expect(manager.getByRole("heading", { level: 1, name: "Riverside Hospital" })).toBeVisible();
  await expect(manager.getByRole("link", { name: "Autumn 2026" })).toBeVisible();
  await expect(manager.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await expect(manager.getByRole("link", { name: "Members" })).toHaveCount(0);
  await expectNoAxeViolations(manager);

  // Reports: a wave's report is theirs to see.
  await manager.getByRole("link", { name: "Autumn 2026", exact: true }).click();
  await expect(manager.getByRole("heading", { level: 1, name: /^Autumn 2026/ })).toBeVisible();
  await manager.getByRole("link", { name: "Report", exact: true }).click();
  await expect(manager).toHaveURL(/\/waves\/[0-9a-f-]+\/report$/);
  await expect(manager.getByRole("heading", { level: 1, name: /Report: Autumn 2026/ })).toBeVisible();
  await expect(manager.getByRole("table", { name: /^Scores by perspective/ }).first()).toBeVisible();
  await expectNoAxeViolations(manager);

  // Settings are not: no link, and the address lands on "no access".
  await manager.goto("/settings");
  await expect(manager.getByRole("heading", { name: "No access" })).toBeVisible();
  await expect(manager.getByText("This page is for your organisation's admins.")).toBeVisible();
  await expectNoAxeViolations(manager);

  // The manager has a page open…
  await manager.goto("/account");
  await expect(manager.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoAxeViolations(manager);

  // …when the admin deactivates them.
  await admin.getByRole("link", { name: "Members" }).click();
  const row = admin.getByRole("row", { name: /Nia New-Manager/ });
  await row.getByRole("button", { name: /Deactivate/ }).click();
  await expect(row.getByText("inactive")).toBeVisible();
  await expect(admin.getByRole("row", { name: new RegExp(`^${email.replace(/\./g, "\\.")}`) })).toHaveCount(0);

  // The open page's next action is refused, and says so.
  await manager.getByRole("textbox", { name: "Name", exact: true }).fill("Nia Still-Here");
  await manager.getByRole("button", { name: "Save name" }).click();
  const dialog = manager.getByRole("alertdialog", { name: "Your access has been removed" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(manager);
  await dialog.getByRole("link", { name: "Sign in again" }).click();
  await expect(manager.getByText("Your session has ended")).toBeVisible();
  // Signing in again is refused too: they are no longer an active member anywhere.
  await manager.getByLabel("Email").fill(email);
  await manager.getByLabel("Password").fill(PASSWORD);
  await manager.getByRole("button", { name: "Sign in" }).click();
  await expect(manager.getByRole("alert").filter({ hasText: "not an active member" })).toBeVisible();

  // And the audit log has it all.
  await admin.getByRole("link", { name: "Audit log" }).click();
  await admin.getByLabel("Action").selectOption("member");
  await admin.getByRole("button", { name: "Filter" }).click();
  for (const action of ["member.setActive", "member.acceptInvitation", "member.invite"]) {
    await expect(admin.getByRole("rowheader", { name: action }).first()).toBeVisible();
  }
  await expectNoAxeViolations(admin);
});

test("an admin changes the default anonymity threshold: new waves start from it, and the change is audited", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectNoAxeViolations(page);
  const threshold = page.getByLabel("Anonymity threshold for new waves");
  await threshold.fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("must be at least 3")).toBeVisible();
  await expect(threshold).toHaveAttribute("aria-invalid", "true");
  await threshold.fill("6");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved (1 change)." })).toBeVisible();

  try {
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.getByRole("link", { name: "Hospital stay" }).click();
    await page.getByRole("link", { name: "New wave" }).click();
    await expect(page.getByLabel("Smallest group shown (k)")).toHaveValue("6");

    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const entry = page.getByRole("row", { name: /organisation\.updateSettings/ }).first();
    await expect(entry).toContainText("defaultAnonymityThreshold");
    await expect(entry).toContainText("5 → 6");
    await expectNoAxeViolations(page);
  } finally {
    // Leave the demo as it was for the journeys that follow.
    await page.goto("/settings");
    await page.getByLabel("Anonymity threshold for new waves").fill("5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved (1 change)." })).toBeVisible();
  }
});

test("an admin uploads a logo, checked by its content, served with its type, shown to respondents, and removes it", async ({ page, browser }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "circles-logo-"));
  const png = path.join(dir, "logo.png");
  fs.writeFileSync(png, Buffer.from(PNG_1X1, "base64"));
  const fake = path.join(dir, "fake.png");
  fs.writeFileSync(fake, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Upload a logo").setInputFiles(fake);
  await expect(page.getByRole("alert").filter({ hasText: "The logo must be a PNG, JPEG or WebP image." })).toBeVisible();

  await page.getByLabel("Upload a logo").setInputFiles(png);
  await expect(page.getByRole("status").filter({ hasText: "Logo saved." })).toBeVisible();
  const logo = page.getByRole("img", { name: "The organisation's logo" });
  await expect(logo).toBeVisible();
  const logoSrc = (await logo.getAttribute("src"))!;
  const response = await page.request.get(logoSrc);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  // Its own policy, stricter than the site's: an image that can never run anything.
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; sandbox");
  expect(Buffer.compare(await response.body(), Buffer.from(PNG_1X1, "base64"))).toBe(0);
  await expectNoAxeViolations(page);

  // Respondents see it too, beside the organisation's name on their welcome.
  const { patientLink } = await startDemoCircle(page);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await context.newPage();
  await phone.goto(patientLink);
  await expect(phone.getByText("Riverside Hospital", { exact: true })).toBeVisible();
  const welcomeLogo = phone.locator(`img[src="${logoSrc}"]`);
  await expect(welcomeLogo).toBeVisible();
  expect(await welcomeLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  await expectNoAxeViolations(phone);
  await context.close();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Remove the logo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logo removed." })).toBeVisible();
  expect((await page.request.get(response.url())).status()).toBe(404);
});

test("an invitation link that does not exist gets a clear page", async ({ page }) => {
  await page.goto("/invite/AAAAAAAAAAAAAAAAAAAAAAAA");
  await expect(page.getByRole("heading", { name: "This invitation link does not work" })).toBeVisible();
  await expectNoAxeViolations(page);
});
