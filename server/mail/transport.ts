// How messages leave Circles: email over SMTP (nodemailer) when SMTP_URL is set; SMS through a provider
// implementing the same interface. A channel with no transport keeps its messages in the outbox.
import nodemailer from "nodemailer";
import { env } from "@/lib/env.mjs";

export type OutgoingMessage = { channel: "email" | "sms"; to: string; subject: string | null; body: string };

export interface MessageTransport {
  /** The channels this transport really delivers; others go to the outbox. */
  readonly channels: readonly OutgoingMessage["channel"][];
  send(message: OutgoingMessage): Promise<void>;
}

/** The transport configured by the environment (none: everything is kept in the outbox). */
export function configuredTransport(): MessageTransport {
  if (!env.SMTP_URL) return { channels: [], send: async () => {} };
  const smtp = nodemailer.createTransport(env.SMTP_URL);
  return {
    channels: ["email"],
    async send(message) {
      if (message.channel !== "email") throw new Error(`no ${message.channel} provider is configured`);
      await smtp.sendMail({ from: env.SMTP_FROM, to: message.to, subject: message.subject ?? "", text: message.body });
    },
  };
}
