// DESIGN.md: a session that has ended is refused on every path at its next call. A manager signs in and
// the session's cookie is kept, as an attacker who copied it would; after signing out, the same cookie is
// refused by the production server's tRPC path, a server-rendered page and a route handler (the CSV export).
import { DEMO, expect, signIn, test } from "./fixtures";

test("a signed-out session's cookie is refused on every way in", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.manager);
  const cookies = await context.cookies();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const copied = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: cookieHeader } });

  // While the session lives, the copied cookie works everywhere.
  const alive = await copied.get("/api/trpc/dashboard.get");
  expect(alive.status()).toBe(200);
  await page.getByRole("link", { name: "Autumn 2026", exact: true }).click();
  await expect(page).toHaveURL(/\/waves\/[0-9a-f-]+$/);
  const waveUrl = new URL(page.url());
  const exportPath = `${waveUrl.pathname}/report/export?form=long`;
  expect((await copied.get(exportPath)).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  // tRPC on the production server (scripts/server.ts).
  const trpc = await copied.get("/api/trpc/dashboard.get");
  expect(trpc.status()).toBe(401);
  // A server component.
  const dashboard = await copied.get("/dashboard", { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(dashboard.status());
  expect(dashboard.headers()["location"]).toMatch(/\/sign-in/);
  // A route handler.
  expect((await copied.get(exportPath)).status()).toBe(401);

  // Signing in again gives a new session that works.
  await signIn(page, DEMO.manager);
  const again = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const fresh = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: again } });
  expect((await fresh.get("/api/trpc/dashboard.get")).status()).toBe(200);
  await Promise.all([copied.dispose(), fresh.dispose(), context.close()]);
});
