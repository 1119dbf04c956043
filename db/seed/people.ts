// Fictional contact details: names from common lists, e-mail only at example.com and phone
// numbers only in +44 7700 900xxx, both reserved for fiction (RFC 2606, Ofcom).
import type { Rng } from "./random";

const FIRST_NAMES = {
  en: [
    "Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Lily", "Freya", "Emily", "Ruth", "Margaret", "Joan",
    "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Thomas", "David", "Peter", "John",
    "Priya", "Aisha", "Chidi", "Wei", "Fatima", "Sean", "Siobhan", "Gareth",
  ],
  es: ["María", "Carmen", "Lucía", "Sofía", "Ana", "Pilar", "José", "Antonio", "Manuel", "Javier", "Pablo", "Diego"],
};

const LAST_NAMES = {
  en: [
    "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright",
    "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Clarke", "Okafor", "Chen",
    "O'Brien", "Hughes",
  ],
  es: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"],
};

/** "José O'Brien" → "jose.obrien": plain ASCII for the local part of an address. */
function mailbox(first: string, last: string): string {
  const plain = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${plain(first)}.${plain(last)}`;
}

export function fakeContact(rng: Rng, language: string): { name: string; email: string | null; phone: string | null } {
  const names = language === "es" ? "es" : "en";
  const first = rng.pick(FIRST_NAMES[names]);
  const last = rng.pick(LAST_NAMES[names]);
  const hasEmail = rng.chance(0.75);
  // Everyone reachable has at least one channel.
  const hasPhone = !hasEmail || rng.chance(0.45);
  return {
    name: `${first} ${last}`,
    email: hasEmail ? `${mailbox(first, last)}${rng.int(1, 99)}@example.com` : null,
    phone: hasPhone ? `+44 7700 900${String(rng.int(0, 999)).padStart(3, "0")}` : null,
  };
}
