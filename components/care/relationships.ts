// How staff describe a companion's relationship to the primary person: a short list for family-like perspectives.

import { COMPANION_RELATIONSHIPS } from "@/lib/respondent/companions";

/** The same words a respondent chooses from when inviting a companion. */
export const FAMILY_RELATIONSHIPS = COMPANION_RELATIONSHIPS;

/** Companions who come from the person's own life get the list; staff and others type a role instead. */
export function isFamilyLike(perspective: { key: string; label: string }): boolean {
  return /famil|relative|relation|kin|carer|caregiver|companion|friend|partner|visitor/i.test(
    `${perspective.key} ${perspective.label}`,
  );
}
