// Journey 3 on a phone: a patient and a family member open their own links, answer every kind of
// question (the family member in Spanish) and submit; answers given without signal are kept on the
// phone, survive a reload from the offline copy and arrive once; "I'd rather not" stops reminders.
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { DEMO, expect, expectNoAxeViolations, signIn, startDemoCircle, test } from "./fixtures";

/** Staff start a circle in the demo's open wave at the point of care and read each person's link. */
async function startCircle(page: Page, { withFamily }: { withFamily: boolean }) {
  await signIn(page, DEMO.staff);
  return startDemoCircle(page, { withFamily });
}

/** A phone of its own: the respondent's cookie, storage and service worker are theirs alone. */
async function openPhone(browser: Browser): Promise<{ context: BrowserContext; phone: Page }> {
  const context = await browser.newContext();
  return { context, phone: await context.newPage() };
}

function question(phone: Page, wording: string | RegExp): Locator {
  return phone.getByRole("group", { name: wording });
}

/** A 0–10 tile: the radio itself is visually hidden, so a finger taps its numbered tile. */
async function tapTile(group: Locator, n: string) {
  await group.getByText(n, { exact: true }).click();
  await expect(group.getByRole("radio", { name: n, exact: true })).toBeChecked();
}

async function expectPage(phone: Page, heading: string) {
  await expect(phone.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(phone.getByRole("heading", { level: 2, name: heading })).toBeFocused();
}

/**
 * Welcome → "Who is answering?" (the primary perspective only, until the server has the answer) → the
 * first page of questions.
 */
async function startAnswering(phone: Page, link: string, start: "Start" | "Continue" = "Start", askedWho = true) {
  await phone.goto(link);
  await expect(phone).toHaveURL(/\/r$/);
  await expect(phone.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await phone.getByRole("button", { name: start, exact: true }).click();
  if (!askedWho) {
    await expect(phone.getByRole("heading", { level: 2, name: /^Page \d of \d$/ })).toBeVisible();
    await expect(phone.getByRole("heading", { level: 1, name: "Who is answering?" })).toHaveCount(0);
    return;
  }
  await expect(phone.getByRole("heading", { level: 1, name: "Who is answering?" })).toBeFocused();
  await phone.getByRole("radio", { name: "I am answering for myself" }).check();
  await phone.getByRole("button", { name: "Next" }).click();
}

/** The service worker holds the page, its files and the last response.get: a reload offline works from here on. */
async function expectOfflineCopy(phone: Page) {
  await expect
    .poll(() =>
      phone.evaluate(async () => {
        const cache = await caches.open("circles-respondent-v1");
        const files = (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith("/_next/static/"));
        return (
          navigator.serviceWorker.controller !== null &&
          (await cache.match("/r")) !== undefined &&
          (await cache.match("/api/trpc/response.get")) !== undefined &&
          files.length > 0
        );
      }),
    )
    .toBe(true);
}

test("a patient and a family member answer on their phones, each in their language, and are thanked", async ({ page, browser }) => {
  const { patientLink, familyLink } = await startCircle(page, { withFamily: true });

  // The patient: every item type, across four pages, in English.
  const { context: patientContext, phone: patient } = await openPhone(browser);
  await patient.goto(patientLink);
  await expect(patient).toHaveURL(/\/r$/);
  await expect(patient.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await expect(patient.getByText("You are answering as: Patient")).toBeVisible();
  await expect(patient.getByRole("heading", { level: 2, name: "What happens to your answers" })).toBeVisible();
  await expect(patient.getByRole("radio", { name: "English" })).toBeChecked();
  await expectNoAxeViolations(patient);
  await patient.getByRole("button", { name: "Start", exact: true }).click();

  await expect(patient.getByRole("heading", { level: 1, name: "Who is answering?" })).toBeFocused();
  await patient.getByRole("button", { name: "Next" }).click();
  await expect(patient.getByRole("alert").filter({ hasText: "Please choose who is answering" })).toBeVisible();
  await expect(patient.getByRole("radio", { name: "I am answering for myself" })).toBeFocused();
  await expectNoAxeViolations(patient);
  await patient.getByRole("radio", { name: "I am answering, with someone helping me" }).check();
  await patient.getByRole("button", { name: "Next" }).click();

  await expect(patient.getByRole("heading", { level: 2, name: "Page 1 of 4" })).toBeVisible();
  await expectNoAxeViolations(patient);
  await question(patient, /Did staff treat you with respect/).getByRole("radio", { name: "Always" }).check();
  await question(patient, /explain things in a way you could understand/).getByRole("radio", { name: "Usually" }).check();
  await question(patient, /Were you involved/).getByRole("radio", { name: "Mostly" }).check();
  await expect(patient.getByText("Your answers are saved")).toBeVisible();
  await patient.getByRole("button", { name: "Next" }).click();

  await expectPage(patient, "Page 2 of 4");
  await expect(question(patient, /help control your pain/)).toHaveCount(0);
  await question(patient, /ever in pain/).getByRole("radio", { name: "Yes" }).check();
  // A condition: the follow-up appears only after "Yes".
  await question(patient, /help control your pain/).getByRole("radio", { name: "Completely" }).check();
  await question(patient, /how long did you usually wait/).getByRole("radio", { name: "Within 5 minutes" }).check();
  const worries = question(patient, /What worried you most/);
  await worries.getByRole("checkbox", { name: "Medicines" }).check();
  await worries.getByRole("checkbox", { name: "Going home" }).check();
  await expectNoAxeViolations(patient);
  await patient.getByRole("button", { name: "Next" }).click();

  await expectPage(patient, "Page 3 of 4");
  await question(patient, /told what to do and whom to call/).getByRole("radio", { name: "Yes" }).check();
  await expect(question(patient, /feel welcome on the ward/)).toHaveCount(0);
  await expectNoAxeViolations(patient);
  await patient.getByRole("button", { name: "Next" }).click();

  await expectPage(patient, "Page 4 of 4");
  await question(patient, /Overall, how would you rate/).getByRole("radio", { name: "Very good" }).check();
  await tapTile(question(patient, /How likely are you to recommend/), "9");
  await question(patient, /anything else you would like to tell us/).getByRole("textbox").fill("The night nurses were very kind.");
  await expectNoAxeViolations(patient);
  await patient.getByRole("button", { name: "Submit" }).click();

  await expect(patient.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  await expect(patient.getByText("Your answers have been received.")).toBeVisible();
  await expectNoAxeViolations(patient);
  // Nothing of the answers stays on the phone once they are sent.
  expect(await patient.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("circles.answers.")))).toEqual([]);
  expect(await patient.evaluate(() => caches.has("circles-respondent-v1"))).toBe(false);
  // Every answer of every type arrived as given.
  const sent = (await (await patient.request.get("/api/trpc/response.get")).json()).result.data.json;
  expect(sent.submitted).toBe(true);
  expect(sent.answers).toEqual({
    respect: 5,
    explained: 4,
    involved: 4,
    had_pain: 1,
    pain_managed: 5,
    call_wait: "under_5min",
    worries: ["medicines", "going_home"],
    discharge_info: 1,
    overall: 4,
    recommend: 9,
    comments: "The night nurses were very kind.",
  });
  // Opening the link again goes straight to the thanks.
  await patient.goto(patientLink);
  await expect(patient.getByRole("heading", { level: 1, name: "Thank you" })).toBeVisible();
  await patientContext.close();

  // The family member: picks Español and reads the family's wording in Spanish.
  const { context: familyContext, phone: family } = await openPhone(browser);
  await family.goto(familyLink);
  await expect(family.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await expect(family).toHaveTitle("Your feedback");
  await family.getByRole("radio", { name: "Español" }).check();
  await expect(family.getByRole("main")).toHaveAttribute("lang", "es");
  await expect(family).toHaveTitle("Su opinión");
  await expect(family.getByText("Responde como: Familia")).toBeVisible();
  await expect(family.getByRole("heading", { level: 2, name: "Qué pasa con sus respuestas" })).toBeVisible();
  await expectNoAxeViolations(family);
  // Not the primary perspective: no "Who is answering?".
  await family.getByRole("button", { name: "Empezar" }).click();

  await expect(family.getByRole("heading", { level: 2, name: "Página 1 de 4" })).toBeVisible();
  await expectNoAxeViolations(family);
  await question(family, /¿El personal trató a su familiar con respeto\?/).getByRole("radio", { name: "Siempre", exact: true }).check();
  await question(family, /la atención de su familiar de forma que pudiera entenderla/).getByRole("radio", { name: "Casi siempre" }).check();
  await expect(family.getByText("Sus respuestas están guardadas")).toBeVisible();
  await family.getByRole("button", { name: "Siguiente" }).click();

  await expectPage(family, "Página 2 de 4");
  await question(family, /¿Su familiar tuvo dolor/).getByRole("radio", { name: "No" }).check();
  await expectNoAxeViolations(family);
  await family.getByRole("button", { name: "Siguiente" }).click();

  await expectPage(family, "Página 3 de 4");
  await question(family, /¿El personal le hizo sentir bienvenido en la planta\?/).getByRole("radio", { name: "Sí" }).check();
  await expectNoAxeViolations(family);
  await family.getByRole("button", { name: "Siguiente" }).click();

  await expectPage(family, "Página 4 de 4");
  await question(family, /¿cómo valoraría la atención que recibió su familiar\?/).getByRole("radio", { name: "Buena", exact: true }).check();
  await tapTile(question(family, /qué probabilidad hay de que recomiende este hospital/), "7");
  await expectNoAxeViolations(family);
  await family.getByRole("button", { name: "Enviar" }).click();

  await expect(family.getByRole("heading", { level: 1, name: "Gracias" })).toBeFocused();
  await expectNoAxeViolations(family);
  // Reopening the link later without signal: the phone's own page, in the language chosen.
  await familyContext.setOffline(true);
  await family.goto(familyLink);
  await expect(family.getByRole("heading", { level: 1, name: "Sin conexión" })).toBeVisible();
  await expect(family.locator("html")).toHaveAttribute("lang", "es");
  await expect(family).toHaveTitle("Sin conexión");
  await expectNoAxeViolations(family);
  await familyContext.close();
});

test("answers given without signal are kept on the phone, survive a reload and arrive once", async ({ page, browser }) => {
  const { patientLink } = await startCircle(page, { withFamily: false });
  const { context, phone } = await openPhone(browser);
  await startAnswering(phone, patientLink);
  await expect(phone.getByRole("heading", { level: 2, name: "Page 1 of 4" })).toBeVisible();
  await expectOfflineCopy(phone);

  await question(phone, /Did staff treat you with respect/).getByRole("radio", { name: "Always" }).check();
  await expect(phone.getByText("Your answers are saved")).toBeVisible();

  await context.setOffline(true);
  await question(phone, /explain things in a way you could understand/).getByRole("radio", { name: "Usually" }).check();
  await expect(phone.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();
  await question(phone, /Were you involved/).getByRole("radio", { name: "Completely" }).check();
  await phone.getByRole("button", { name: "Next" }).click();
  await expectPage(phone, "Page 2 of 4");
  await question(phone, /ever in pain/).getByRole("radio", { name: "No" }).check();
  await expect(phone.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();

  // A reload without signal: the offline copy brings the survey back, with every answer given.
  await phone.reload();
  await expect(phone.getByRole("heading", { level: 2, name: "Page 2 of 4" })).toBeVisible();
  await expect(question(phone, /ever in pain/).getByRole("radio", { name: "No" })).toBeChecked();
  await expect(phone.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();
  await phone.getByRole("button", { name: "Back" }).click();
  await expectPage(phone, "Page 1 of 4");
  await expect(question(phone, /Did staff treat you with respect/).getByRole("radio", { name: "Always" })).toBeChecked();
  await expect(question(phone, /explain things in a way you could understand/).getByRole("radio", { name: "Usually" })).toBeChecked();
  await expect(question(phone, /Were you involved/).getByRole("radio", { name: "Completely" })).toBeChecked();
  await expectNoAxeViolations(phone);

  // Back online: the kept answers go out.
  await context.setOffline(false);
  await expect(phone.getByText("Your answers are saved")).toBeVisible();
  // Acknowledged answers leave the queue (given answers stay on the phone until the server is known to have them).
  const queued = await phone.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith("circles.answers."))
      .map(([, value]) => (JSON.parse(value) as { queue: unknown[] }).queue.length),
  );
  expect(queued).toEqual([0]);
  await context.close();

  // Another phone, same link: the server has each answer, once, with its latest value.
  const { context: laptop, phone: again } = await openPhone(browser);
  // "Who is answering?" was stored on the server, so this phone does not ask again.
  await startAnswering(again, patientLink, "Continue", false);
  await expect(again.getByRole("heading", { level: 2, name: "Page 2 of 4" })).toBeVisible();
  await expect(question(again, /ever in pain/).getByRole("radio", { name: "No" })).toBeChecked();
  await again.getByRole("button", { name: "Back" }).click();
  await expect(question(again, /explain things in a way you could understand/).getByRole("radio", { name: "Usually" })).toBeChecked();
  const stored = await again.request.get("/api/trpc/response.get");
  const { answers, sequence } = (await stored.json()).result.data.json as { answers: object; sequence: Record<string, number> };
  expect(answers).toEqual({ respect: 5, explained: 4, involved: 5, had_pain: 0 });
  expect(Object.keys(sequence).sort()).toEqual(["explained", "had_pain", "involved", "respect"]);
  await laptop.close();
});

test("“I'd rather not” asks once more, then stops reminders", async ({ page, browser }) => {
  const { patientLink } = await startCircle(page, { withFamily: false });
  const { context, phone } = await openPhone(browser);
  await phone.goto(patientLink);
  await phone.getByRole("button", { name: "I'd rather not answer" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Would you rather not answer?" })).toBeFocused();
  await expectNoAxeViolations(phone);
  await phone.getByRole("button", { name: "Go back" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeFocused();
  await phone.getByRole("button", { name: "I'd rather not answer" }).click();
  await phone.getByRole("button", { name: "Yes, I'd rather not" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Thank you for letting us know" })).toBeFocused();
  await expect(phone.getByText("We will not send you any more reminders about this survey.")).toBeVisible();
  await expectNoAxeViolations(phone);
  await context.close();
});

/** What has the keyboard focus, whether it shows (its own outline or its option's), and its group's state. */
function focused(phone: Page) {
  return phone.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    const outlined = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    };
    const group = el.closest("fieldset");
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? "",
      text: (el.textContent ?? "").trim(),
      value: el.value ?? "",
      visible: outlined(el) || outlined(el.closest("label")),
      groupAnswered: group ? group.querySelectorAll("input:checked").length > 0 : false,
      inLanguageChoice: el.name === "language",
    };
  });
}

async function expectNoSidewaysScrolling(phone: Page) {
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

test("keyboard alone on a 320 px wide screen with reduced motion: a patient answers and submits, focus always visible, never scrolling sideways", async ({ page, browser }) => {
  const { patientLink } = await startCircle(page, { withFamily: false });
  // 320 CSS pixels: a small phone, or a 640 px one zoomed to 200% (WCAG's reflow).
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: "reduce" });
  const phone = await context.newPage();
  await phone.goto(patientLink);
  await expect(phone.getByRole("heading", { level: 1, name: "Hospital stay" })).toBeVisible();
  await expectNoSidewaysScrolling(phone);

  // Tab through each screen: answer every question not yet answered (the first option, with Space; text
  // typed), then Enter on the button that leads on. Every screen's heading takes the focus when it opens.
  let screens = 0;
  for (let presses = 0; presses < 400; presses++) {
    await phone.keyboard.press("Tab");
    const at = await focused(phone);
    if (at === null) continue;
    expect(at.visible, `focus shows on ${at.tag} ${at.type} "${at.text}"`).toBe(true);
    if ((at.type === "radio" || at.type === "checkbox") && !at.groupAnswered && !at.inLanguageChoice) {
      await phone.keyboard.press("Space");
    } else if ((at.tag === "textarea" || (at.tag === "input" && at.type === "text")) && at.value === "") {
      await phone.keyboard.type("Answered with the keyboard alone.");
    } else if (at.tag === "button" && ["Start", "Next", "Submit"].includes(at.text)) {
      await phone.keyboard.press("Enter");
      await expect(phone.locator(":focus")).toHaveRole("heading");
      await expectNoSidewaysScrolling(phone);
      await expectNoAxeViolations(phone);
      screens++;
      if (at.text === "Submit") break;
      if (screens === 2) {
        // The progress bar does not animate for someone who asked for less motion.
        const bar = phone.locator('[aria-hidden="true"] > div').first();
        expect(await bar.evaluate((el) => getComputedStyle(el).transitionProperty)).toBe("none");
      }
    }
  }
  await expect(phone.getByRole("heading", { level: 1, name: "Thank you" })).toBeFocused();
  await expectNoSidewaysScrolling(phone);
  // Welcome → who is answering → four pages of questions; every answer arrived.
  expect(screens).toBe(6);
  const sent = (await (await phone.request.get("/api/trpc/response.get")).json()).result.data.json;
  expect(sent.submitted).toBe(true);
  expect(Object.keys(sent.answers).length).toBeGreaterThanOrEqual(9);
  expect(sent.answers.comments).toBe("Answered with the keyboard alone.");
  await context.close();
});
