// Before a page's JavaScript has loaded (a slow connection) or without it at all, a form that carries a
// password must not put it in the address: every such form posts. And a page without JavaScript says what
// to do instead of showing a dead form — the respondent's page too.
import { DEMO, DEMO_PASSWORD, expect, signIn, startDemoCircle, test } from "./fixtures";

test("without JavaScript, passwords never reach a URL and every page says what to do", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  const requested: string[] = [];
  page.on("request", (request) => requested.push(`${request.method()} ${request.url()}`));

  // Sign-in: typing the password and pressing Enter.
  await page.goto("/sign-in");
  await expect(page.getByRole("alert").filter({ hasText: "Circles needs JavaScript" })).toBeVisible();
  await page.getByLabel("Email").fill(DEMO.manager);
  const secret = "typed-before-the-script-loaded";
  await page.getByLabel("Password").fill(secret);
  await page.getByLabel("Password").press("Enter");
  await page.waitForLoadState("load");
  expect(page.url()).not.toContain(secret);
  expect(page.url()).not.toContain("password");

  // The account page's password form, signed in (with JavaScript) and opened again without it.
  const signedIn = await browser.newContext();
  const staffPage = await signedIn.newPage();
  await signIn(staffPage, DEMO.admin);
  const withoutScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const account = await withoutScript.newPage();
  account.on("request", (request) => requested.push(`${request.method()} ${request.url()}`));
  await account.goto("/account");
  await expect(account.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await account.getByLabel("Current password").fill(DEMO_PASSWORD);
  await account.getByLabel("New password", { exact: true }).fill(secret);
  await account.getByLabel("New password again").fill(secret);
  await account.getByLabel("New password again").press("Enter");
  await account.waitForLoadState("load");
  expect(account.url()).not.toContain(secret);

  // No request of either page carried the password in its address.
  expect(requested.filter((r) => r.includes(secret) || r.includes(encodeURIComponent(secret)))).toEqual([]);
  expect(requested.some((r) => r.startsWith("POST "))).toBe(true);

  // The respondent's link without JavaScript: a clear message, not a dead form.
  await staffPage.goto("/dashboard");
  const { patientLink } = await startDemoCircle(staffPage);
  const phone = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await phone.goto(patientLink);
  await expect(phone.getByRole("alert").filter({ hasText: "Please turn JavaScript on" })).toBeVisible();

  await Promise.all([noScript.close(), signedIn.close(), withoutScript.close()]);
});
