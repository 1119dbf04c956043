// The production server's web layer. Every route has a body limit and refuses more with 413 before reading it (sign-in included), and a
// respondent's save stays quick meanwhile: four 50 MB bodies announced at once are answered at once.
import http from "node:http";
import { DEMO, expect, expectNoAxeViolations, signIn, startDemoCircle, test } from "./fixtures";

const FIFTY_MB = 50 * 1024 * 1024;

/** Announces a 50 MB body, sends its first 64 KB, and resolves with the status once the server answers. */
function announceHugeBody(baseURL: string, path: string): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    let sentBytes = 0;
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": FIFTY_MB } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, sentBytes });
    });
    req.on("error", (err) => (sentBytes > 0 ? undefined : reject(err)));
    const chunk = Buffer.alloc(64 * 1024, "a");
    sentBytes += chunk.length;
    req.write(chunk);
  });
}

test("oversized bodies are refused with 413 before they are read; saves go on", async ({ browser, baseURL }) => {
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, DEMO.admin);
  const { patientLink } = await startDemoCircle(staff);
  const phone = await (await browser.newContext()).newPage();
  await phone.goto(patientLink);
  await expect(phone).toHaveURL(/\/r$/);

  const started = Date.now();
  const refusals = Promise.all([
    announceHugeBody(baseURL!, "/api/auth/callback/credentials"),
    announceHugeBody(baseURL!, "/api/auth/callback/credentials"),
    announceHugeBody(baseURL!, "/sign-in"),
    announceHugeBody(baseURL!, "/api/trpc/response.saveAnswer"),
  ]);
  const save = await phone.request.post("/api/trpc/response.saveAnswer", { data: { json: { itemKey: "respect", value: 4, seq: 1 } } });
  const saveMs = Date.now() - started;
  expect(save.status()).toBe(200);
  for (const refused of await refusals) {
    expect(refused.status).toBe(413);
    // Answered after the first 64 KB: the other 49.9 MB were never read.
    expect(refused.sentBytes).toBeLessThan(FIFTY_MB);
  }
  // Generous for a busy machine: before, four such bodies made a save wait 5.2 s.
  expect(saveMs).toBeLessThan(5_000);
});

test("an address that is not valid percent-encoding gets the friendly not-found page", async ({ page }) => {
  for (const path of ["/r/%E0%A4%A", "/invite/%E0%A4%A", "/surveys/%E0%A4%A"]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
