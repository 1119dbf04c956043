// "Who else was with you?": the relationships a respondent can choose for a companion they invite, and
// how one contact field is read as an email address or a mobile number. No zod: the phone imports this.

/** Stored in `respondents.relationship` as written here (the words staff use too); shown translated. */
export const COMPANION_RELATIONSHIPS = [
  "spouse or partner",
  "parent",
  "child",
  "sibling",
  "other relative",
  "friend",
  "carer",
  "other",
] as const;
export type TCompanionRelationship = (typeof COMPANION_RELATIONSHIPS)[number];

/** The catalog key of a relationship: `spouse or partner` → `spouse_or_partner`. */
export function relationshipKey(relationship: TCompanionRelationship) {
  return relationship.replaceAll(" ", "_") as
    | "spouse_or_partner"
    | "parent"
    | "child"
    | "sibling"
    | "other_relative"
    | "friend"
    | "carer"
    | "other";
}

export const MAX_CONTACT_LENGTH = 254;
export const MAX_COMPANION_NAME_LENGTH = 200;

/** Email when it has an @, else a phone number: E.164 once spaces, dashes and brackets are dropped. */
export function readContact(raw: string): { email: string } | { phone: string } | null {
  const value = raw.trim();
  if (value === "" || value.length > MAX_CONTACT_LENGTH) return null;
  if (value.includes("@")) return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? { email: value } : null;
  const phone = value.replace(/[\s()-]/g, "");
  return /^\+[1-9]\d{7,14}$/.test(phone) ? { phone } : null;
}
