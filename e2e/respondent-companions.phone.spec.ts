// Journey 3's "Who else was with you?" on a phone: a patient submits, invites a family member, hands the
// phone over with a QR code or shares the link; the screen comes back after a reload; the family member's
// own link opens the survey in the family's words. Pages without a survey speak the browser's language.
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, startDemoCircle, test } from "./fixtures";

/** Staff start a circle for one patient in the demo's open wave (which lets respondents invite family). */
async function startCircle(page: Page) {
  await signIn(page, DEMO.staff);
  return (await startDemoCircle(page)).patientLink;
}

async function openPhone(browser: Browser, options: { locale?: string } = {}): Promise<{ context: BrowserContext; phone: Page }> {
  const context = await browser.newContext(options);
  return { context, phone: await context.newPage() };
}

function question(phone: Page, wording: string | RegExp): Locator {
  return phone.getByRole("group", { name: wording });
}

/** The patient answers the required questions and submits. */
async function answerAndSubmit(phone: Page, link: string) {
  await phone.goto(link);
  await phone.getByRole("button", { name: "Start", exact: true }).click();
  await phone.getByRole("radio", { name: "I am answering for myself" }).check();
  await phone.getByRole("button", { name: "Next" }).click();
  await question(phone, /Did staff treat you with respect/).getByRole("radio", { name: "Always" }).check();
  await question(phone, /explain things in a way you could understand/).getByRole("radio", { name: "Usually" }).check();
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(phone.getByRole("heading", { level: 2, name: "Page 2 of 4" })).toBeFocused();
  await question(phone, /ever in pain/).getByRole("radio", { name: "No" }).check();
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(phone.getByRole("heading", { level: 2, name: "Page 3 of 4" })).toBeFocused();
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(phone.getByRole("heading", { level: 2, name: "Page 4 of 4" })).toBeFocused();
  await question(phone, /Overall, how would you rate/).getByRole("radio", { name: "Good", exact: true }).check();
  await question(phone, /How likely are you to recommend/).getByText("8", { exact: true }).click();
  await phone.getByRole("button", { name: "Submit" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
}

test("a patient invites a family member after submitting, hands over a QR code or shares the link, and the family member answers as family", async ({
  page,
  browser,
}) => {
  const patientLink = await startCircle(page);
  const { context, phone } = await openPhone(browser);
  // The phone's share sheet, recorded: headless Chromium has none of its own.
  await context.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, "share", {
      configurable: true,
      writable: true,
      value: async (data: ShareData) => void shared.push(data),
    });
  });
  await answerAndSubmit(phone, patientLink);

  const companions = phone.getByRole("region", { name: "Who else was with you?" });
  await expect(companions.getByRole("heading", { level: 3, name: "Add a person" })).toBeVisible();
  await expect(companions.getByText("They will answer as: Family")).toBeVisible();
  await expect(companions.getByText("You can add 2 more people.")).toBeVisible();
  await expectNoAxeViolations(phone);

  // Nothing chosen yet: refused, with the reason next to the question.
  await companions.getByRole("button", { name: "Add this person" }).click();
  await expect(companions.getByRole("alert")).toHaveText("Some details need checking before this person can be added. They are marked below.");
  await expect(companions.getByRole("group", { name: "Who are they to you?" })).toHaveAccessibleDescription("Please choose who they are");
  await expect(companions.getByRole("radio", { name: "Spouse or partner" })).toBeFocused();
  await expectNoAxeViolations(phone);

  await companions.getByRole("radio", { name: "Child" }).check();
  await companions.getByRole("textbox", { name: "Their name (optional)" }).fill("Maria");
  const contact = companions.getByRole("textbox", { name: "Their email or mobile number (optional)" });
  await contact.fill("call me");
  await companions.getByRole("button", { name: "Add this person" }).click();
  await expect(contact).toHaveAttribute("aria-invalid", "true");
  await expect(companions.getByText("Please check this: enter an email address, or a mobile number starting with + and the country code.")).toBeVisible();
  await contact.fill("maria@example.test");
  await companions.getByRole("button", { name: "Add this person" }).click();

  // Added: their card takes the focus, with the QR code to hand the phone over and the link to share.
  await expect(companions.getByRole("status").filter({ hasText: "Person added: Maria. Their link is below." })).toBeVisible();
  const card = companions.getByRole("listitem").filter({ has: phone.getByRole("heading", { level: 4, name: "Maria" }) });
  await expect(card.getByRole("heading", { level: 4, name: "Maria" })).toBeFocused();
  await expect(card.getByText("Child · Family")).toBeVisible();
  await expect(card.getByRole("img", { name: "QR code of the survey link for Maria" })).toBeVisible();
  await expect(card.getByText("We will also email the link to them.")).toBeVisible();
  const familyLink = await card.getByRole("textbox", { name: "Link for Maria" }).inputValue();
  expect(familyLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[^/?#]+$/);
  await expect(companions.getByText("You can add 1 more person.")).toBeVisible();
  await expectNoAxeViolations(phone);

  // Share: the phone's share sheet gets the link; without one, the link is copied.
  await card.getByRole("button", { name: "Share the link" }).click();
  await expect.poll(() => phone.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.map((d) => d.url))).toEqual([familyLink]);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await phone.evaluate(() => Object.assign(navigator, { share: undefined }));
  await card.getByRole("button", { name: "Share the link" }).click();
  await expect(card.getByRole("status")).toHaveText("Link copied.");
  expect(await phone.evaluate(() => navigator.clipboard.readText())).toBe(familyLink);

  // Later (a reload, another device): the same person and the same link again.
  await phone.reload();
  await expect(phone.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  const again = phone.getByRole("region", { name: "Who else was with you?" }).getByRole("listitem");
  await expect(again).toHaveCount(1);
  await expect(again.getByRole("img", { name: "QR code of the survey link for Maria" })).toBeVisible();
  await expect(again.getByRole("textbox", { name: "Link for Maria" })).toHaveValue(familyLink);
  await context.close();

  // Maria, on her own phone: she answers as family, in the family's words.
  const { context: familyContext, phone: family } = await openPhone(browser);
  await family.goto(familyLink);
  await expect(family).toHaveURL(/\/r$/);
  await expect(family.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await expect(family.getByText("You are answering as: Family")).toBeVisible();
  await expectNoAxeViolations(family);
  await family.getByRole("button", { name: "Start", exact: true }).click();
  await expect(family.getByRole("heading", { level: 2, name: "Page 1 of 4" })).toBeVisible();
  await expect(question(family, /Did staff treat your relative with respect\?/)).toBeVisible();
  await expectNoAxeViolations(family);
  await familyContext.close();
});

test("pages without a survey speak the browser's language, right to left for Arabic", async ({ browser }) => {
  const { context: spanish, phone: es } = await openPhone(browser, { locale: "es-ES" });
  await es.goto("/r/invalid");
  await expect(es.getByRole("heading", { level: 1, name: "Este enlace no funciona" })).toBeVisible();
  await expect(es.getByRole("main")).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(es);
  await spanish.close();

  const { context: arabic, phone: ar } = await openPhone(browser, { locale: "ar" });
  await ar.goto("/r/closed");
  await expect(ar.getByRole("heading", { level: 1, name: "أُغلق هذا الاستطلاع" })).toBeVisible();
  await expect(ar.getByRole("main")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(ar);
  await arabic.close();
});
