// A circle as the add-a-circle form holds it (text as typed, one row per person) and as circle.create takes it.
import type { TNewCircle } from "@/lib/circle/new-circle";
import type { TLanguage, TLocalizedText } from "@/lib/survey/languages";

export type CirclePerspective = {
  key: string;
  label: TLocalizedText;
  isPrimary: boolean;
  limitPerCircle: number;
};

export type PersonDraft = {
  /** Identifies the row on screen only. */
  id: number;
  perspectiveKey: string;
  relationship: string;
  name: string;
  email: string;
  phone: string;
  /** "" for the survey's default language. */
  language: TLanguage | "";
};

export type CircleDraft = {
  externalRef: string;
  site: string;
  unit: string;
  experienceDate: string;
  people: PersonDraft[];
};

let nextId = 1;
export function newPerson(perspectiveKey: string): PersonDraft {
  nextId += 1;
  return { id: nextId, perspectiveKey, relationship: "", name: "", email: "", phone: "", language: "" };
}

/** How many rows use each perspective. */
export function countByPerspective(people: PersonDraft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.perspectiveKey, (counts.get(p.perspectiveKey) ?? 0) + 1);
  return counts;
}

/** The first companion perspective with room left in this circle, or null when the circle is full. */
export function perspectiveWithRoom(perspectives: CirclePerspective[], people: PersonDraft[]): string | null {
  const counts = countByPerspective(people);
  return perspectives.find((p) => !p.isPrimary && (counts.get(p.key) ?? 0) < p.limitPerCircle)?.key ?? null;
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

export function circleOf(draft: CircleDraft): TNewCircle {
  return {
    externalRef: orNull(draft.externalRef),
    site: orNull(draft.site),
    unit: orNull(draft.unit),
    experienceDate: orNull(draft.experienceDate),
    respondents: draft.people.map((p) => ({
      perspectiveKey: p.perspectiveKey,
      relationship: orNull(p.relationship),
      name: orNull(p.name),
      email: orNull(p.email),
      phone: orNull(p.phone),
      language: p.language || null,
    })),
  };
}

/** Every path the form renders a field or group for. */
export function circleFields(people: number): Set<string> {
  const paths = new Set(["externalRef", "site", "unit", "experienceDate", "respondents"]);
  for (let i = 0; i < people; i += 1) {
    for (const f of ["", ".perspectiveKey", ".relationship", ".name", ".email", ".phone", ".language"]) {
      paths.add(`respondents.${i}${f}`);
    }
  }
  return paths;
}
