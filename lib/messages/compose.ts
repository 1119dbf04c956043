// The words of invitations and reminders, per language: they name the organisation, say why, carry
// the personal link and an opt-out link. SMS stays short.
import type { TLanguage } from "@/lib/survey/languages";

export type TMessageInput = {
  kind: "invitation" | "reminder";
  channel: "email" | "sms";
  language: TLanguage;
  organisation: string;
  survey: string;
  link: string;
  optOutLink: string;
};

type Words = {
  subject: (i: TMessageInput) => string;
  greeting: string;
  invitation: (i: TMessageInput) => string;
  reminder: (i: TMessageInput) => string;
  minutes: string;
  optOut: string;
  sms: (i: TMessageInput) => string;
};

const WORDS: Partial<Record<TLanguage, Words>> & { en: Words } = {
  en: {
    subject: (i) => (i.kind === "reminder" ? `Reminder: ${i.organisation} would value your feedback` : `${i.organisation} would value your feedback`),
    greeting: "Hello,",
    invitation: (i) => `${i.organisation} is asking the people involved in a recent experience about it: "${i.survey}". Your view matters, whatever it is.`,
    reminder: (i) => `A few days ago ${i.organisation} asked for your views on "${i.survey}". If you have a few minutes, your answers would help.`,
    minutes: "It takes about five minutes. Your answers are saved as you go:",
    optOut: "Don't want these messages? Stop them here:",
    sms: (i) =>
      `${i.organisation}: ${i.kind === "reminder" ? "a reminder - " : ""}please tell us about your experience: ${i.link} Stop: ${i.optOutLink}`,
  },
  es: {
    subject: (i) =>
      i.kind === "reminder" ? `Recordatorio: ${i.organisation} valora su opinión` : `${i.organisation} valora su opinión`,
    greeting: "Hola:",
    invitation: (i) => `${i.organisation} pregunta a las personas que vivieron una experiencia reciente su opinión sobre ella: «${i.survey}». Su punto de vista importa, sea cual sea.`,
    reminder: (i) => `Hace unos días ${i.organisation} le pidió su opinión sobre «${i.survey}». Si tiene unos minutos, sus respuestas nos ayudarán.`,
    minutes: "Se tarda unos cinco minutos. Sus respuestas se guardan a medida que avanza:",
    optOut: "¿No quiere recibir estos mensajes? Puede detenerlos aquí:",
    sms: (i) =>
      `${i.organisation}: ${i.kind === "reminder" ? "recordatorio - " : ""}cuéntenos su experiencia: ${i.link} Parar: ${i.optOutLink}`,
  },
};

export function composeMessage(input: TMessageInput): { subject: string | null; body: string } {
  const words = WORDS[input.language] ?? WORDS.en;
  if (input.channel === "sms") return { subject: null, body: words.sms(input) };
  const lead = input.kind === "reminder" ? words.reminder(input) : words.invitation(input);
  return {
    subject: words.subject(input),
    body: [words.greeting, "", lead, "", words.minutes, input.link, "", words.optOut, input.optOutLink, ""].join("\n"),
  };
}
