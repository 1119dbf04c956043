// Invitations and reminders with a controlled clock: the right messages to the right people, never twice
// (two workers at once, a worker dying between send and record), none after completion, opt-out or close.
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { messages, respondentContacts, respondents, waves } from "@/db/schema";
import type { MessageTransport, OutgoingMessage } from "@/server/mail/transport";
import { openTestDatabase } from "@/test/db";
import { callerFor, createOrganisation } from "@/test/factories";
import { LEASE_MINUTES, MAX_ATTEMPTS } from "./deliver-messages";
import { runTick } from "./tick";

let open: OpenDatabase;
const DAY = 86_400_000;

beforeAll(async () => {
  open = await openTestDatabase();
});
afterAll(() => open.close());

/** A transport that really accepts messages, keeping what it was given; `fail` makes it refuse. */
function recorder(fail = false) {
  const sent: OutgoingMessage[] = [];
  const transport: MessageTransport = {
    channels: ["email", "sms"],
    async send(message) {
      if (fail) throw new Error("smtp: 421 try again later");
      sent.push(message);
    },
  };
  return { sent, transport };
}

/** An open wave with reminders at +3 and +7 days, and a circle of a patient and a family member with contacts. */
async function setup(label: string) {
  const org = await createOrganisation(open, label);
  await open.db
    .update(waves)
    .set({ reminderDays: [3, 7], channels: ["link", "email", "sms"] })
    .where(eq(waves.id, org.wave.id));
  const tag = randomUUID().slice(0, 8);
  const patientEmail = `patient-${tag}@example.com`;
  const familyEmail = `family-${tag}@example.com`;
  const familyPhone = `+4477009${String(Math.floor(Math.random() * 100000)).padStart(5, "0")}`;
  const created = await callerFor(open, { userId: org.staff.id }).circle.create({
    waveId: org.wave.id,
    circle: {
      respondents: [
        { perspectiveKey: "patient", email: patientEmail },
        { perspectiveKey: "family", relationship: "son", email: familyEmail, phone: familyPhone },
      ],
    },
  });
  const [patient, family] = created.respondents;
  return { org, patient: patient!, family: family!, recipients: [patientEmail, familyEmail, familyPhone] };
}

const mine = (sent: OutgoingMessage[], recipients: string[]) => sent.filter((m) => recipients.includes(m.to));
const countBy = (sent: OutgoingMessage[]) =>
  sent.reduce<Record<string, number>>((acc, m) => ({ ...acc, [m.to]: (acc[m.to] ?? 0) + 1 }), {});

describe("invitations and reminders", () => {
  it("sends invitations, reminders at +3 and +7 days to those who have not completed, and nothing twice", async () => {
    const { org, patient, recipients } = await setup("Reminders");
    const { sent, transport } = recorder();
    const t0 = new Date();
    const at = (days: number) => new Date(t0.getTime() + days * DAY);

    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: t0 });
    expect(mine(sent, recipients).map((m) => m.channel).sort()).toEqual(["email", "email", "sms"]);
    expect(mine(sent, recipients).every((m) => m.body.includes("/r/") && m.body.includes("/opt-out"))).toBe(true);
    const statuses = await open.db.select({ status: respondents.status }).from(respondents).where(eq(respondents.id, patient.id));
    expect(statuses[0]!.status).toBe("sent");

    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: at(1) });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: at(2.9) });
    expect(mine(sent, recipients)).toHaveLength(3);

    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: at(3) });
    expect(mine(sent, recipients)).toHaveLength(6);
    expect(mine(sent, recipients).slice(3).every((m) => m.subject === null || m.subject.startsWith("Reminder"))).toBe(true);

    // The patient completes: the second reminder goes to the family member only.
    await open.db.update(respondents).set({ status: "completed", completedAt: at(4) }).where(eq(respondents.id, patient.id));
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: at(7) });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: at(8) });
    const all = mine(sent, recipients);
    expect(all).toHaveLength(8);
    expect(all.slice(6).map((m) => m.to).sort()).toEqual(recipients.slice(1).sort());
    // Per person and channel: the invitation and one message per reminder due, no more.
    expect(countBy(all)).toEqual({ [recipients[0]!]: 2, [recipients[1]!]: 3, [recipients[2]!]: 3 });
  });

  it("two workers running at once send each message once", async () => {
    const { org, recipients } = await setup("Concurrent");
    const { sent, transport } = recorder();
    const now = new Date();
    await Promise.all([runTick({ organisationId: org.organisation.id, db: open.db, transport, now }), runTick({ organisationId: org.organisation.id, db: open.db, transport, now })]);
    await Promise.all([runTick({ organisationId: org.organisation.id, db: open.db, transport, now }), runTick({ organisationId: org.organisation.id, db: open.db, transport, now })]);
    expect(mine(sent, recipients)).toHaveLength(3);
  });

  it("a worker dying between sending and recording never causes a second send", async () => {
    const { org, family, recipients } = await setup("Crash");
    const { sent, transport } = recorder();
    const now = new Date();
    let crashed = false;
    await expect(
      runTick({
        db: open.db,
        transport,
        now,
        hooks: {
          afterSend: (message) => {
            if (!crashed && message.respondentId === family.id) {
              crashed = true;
              throw new Error("process killed");
            }
          },
        },
      }),
    ).rejects.toThrow("process killed");
    const sentBeforeCrash = mine(sent, recipients).length;

    // Another worker, during the lease and after it: the message in doubt is not sent again.
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: new Date(now.getTime() + 60_000) });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: new Date(now.getTime() + (LEASE_MINUTES + 1) * 60_000) });
    const all = mine(sent, recipients);
    expect(countBy(all)).toEqual({ [recipients[0]!]: 1, [recipients[1]!]: 1, [recipients[2]!]: 1 });
    expect(sentBeforeCrash).toBeGreaterThanOrEqual(1);
    const inDoubt = await open.db.select().from(messages).where(and(eq(messages.respondentId, family.id), eq(messages.status, "unknown")));
    expect(inDoubt).toHaveLength(1);
    expect(inDoubt[0]!.lastError).toMatch(/never sent twice/);
  });

  it("sends nothing after an opt-out or after the wave closes", async () => {
    const { org, family, recipients } = await setup("Stops");
    const { sent, transport } = recorder();
    const t0 = new Date();
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: t0 });
    await open.db.update(respondentContacts).set({ doNotContact: true }).where(eq(respondentContacts.respondentId, family.id));
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: new Date(t0.getTime() + 3 * DAY) });
    expect(mine(sent, recipients).slice(3).map((m) => m.to)).toEqual([recipients[0]]);

    await callerFor(open, { userId: org.admin.id }).wave.close({ waveId: org.wave.id });
    await runTick({ organisationId: org.organisation.id, db: open.db, transport, now: new Date(t0.getTime() + 7 * DAY) });
    expect(mine(sent, recipients)).toHaveLength(4);
  });

  it("retries a failing transport with backoff, then gives up visibly in the outbox", async () => {
    const { org, patient } = await setup("Failing");
    const { transport } = recorder(true);
    let now = new Date();
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await runTick({ organisationId: org.organisation.id, db: open.db, transport, now });
      now = new Date(now.getTime() + 3 * 60 * 60_000);
    }
    const [message] = await open.db
      .select()
      .from(messages)
      .where(and(eq(messages.respondentId, patient.id), eq(messages.kind, "invitation")));
    expect(message).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, lastError: "smtp: 421 try again later" });
  });

  it("without a transport, keeps every message in the outbox exactly as it would have been sent", async () => {
    const { org, patient, family } = await setup("Outbox");
    const none: MessageTransport = { channels: [], send: async () => {} };
    await runTick({ organisationId: org.organisation.id, db: open.db, transport: none, now: new Date() });
    const rows = await open.db
      .select()
      .from(messages)
      .where(inArray(messages.respondentId, [patient.id, family.id]));
    expect(rows.map((r) => [r.channel, r.status]).sort()).toEqual([
      ["email", "outbox"],
      ["email", "outbox"],
      ["sms", "outbox"],
    ]);
    expect(rows.find((r) => r.channel === "email")!.subject).toMatch(/would value your feedback/);
    // The outbox shows the message with the personal link masked; no token is ever stored.
    expect(rows.every((r) => r.body!.includes("/r/[personal-link]"))).toBe(true);
    const stored = JSON.stringify(rows);
    for (const token of [patient.token, family.token]) expect(stored).not.toContain(token);
  });
});
