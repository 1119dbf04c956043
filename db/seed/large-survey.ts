// What the large-data generator (large.ts) builds on: the hospital-stay template with an advocate
// perspective added, the story each item's answers tell (the demo's, so a 100,000-circle wave shows the
// same blind spots and hidden strength as the demo), sites and units, and the people in a circle.
import { SURVEY_FORMAT, type TSurveyDefinitionInput } from "@/lib/survey/definition";
import type { TRespondentStatus } from "@/db/schema";
import { HOSPITAL_STAY_TEMPLATE } from "@/lib/survey/templates/hospital-stay";
import { HOSPITAL_COMMENTS, type CommentPools } from "./comments";
import { FAMILY_RELATIONSHIPS, HOSPITAL_STAY, STAFF_RELATIONSHIPS } from "./demo-survey";
import type { ItemStory } from "./survey";

/** Advocates are asked the items they can judge from the side of the bed, in their own words. */
const ADVOCATE_WORDINGS: Record<string, { en: string; es: string }> = {
  respect: {
    en: "Did staff treat the person you supported with respect?",
    es: "¿El personal trató con respeto a la persona a la que acompañó?",
  },
  explained: {
    en: "Did staff explain things to the person you supported in a way they could understand?",
    es: "¿El personal explicó las cosas a la persona a la que acompañó de forma que pudiera entenderlas?",
  },
  involved: {
    en: "Was the person you supported involved as much as they wanted in decisions about their care?",
    es: "¿La persona a la que acompañó participó tanto como quería en las decisiones sobre su atención?",
  },
  discharge_info: {
    en: "Before they left, was the person you supported told what to do and whom to call if they were worried?",
    es: "Antes de irse, ¿se le dijo a la persona a la que acompañó qué hacer y a quién llamar si estaba preocupada?",
  },
  overall: {
    en: "Overall, how would you rate the care the person you supported received?",
    es: "En general, ¿cómo valoraría la atención que recibió la persona a la que acompañó?",
  },
  recommend: {
    en: "How likely are you to recommend this hospital to someone you support if they needed similar care?",
    es: "¿Qué probabilidad hay de que recomiende este hospital a alguien a quien acompañe si necesitara una atención similar?",
  },
  comments: {
    en: "Is there anything about this person's care, or about how you were included, that we should know?",
    es: "¿Hay algo sobre la atención a esta persona, o sobre cómo se le incluyó a usted, que debamos saber?",
  },
};

/** The hospital-stay template with a fourth perspective, advocates, asked seven of its linked items. */
export function largeSurveyDefinition(): TSurveyDefinitionInput {
  const template = structuredClone(HOSPITAL_STAY_TEMPLATE);
  return {
    ...template,
    format: SURVEY_FORMAT,
    description:
      "How a stay on a ward felt to the patient, their family, the staff who cared for them and, for some " +
      "patients, the independent advocate who supported them.",
    perspectives: [
      ...(template.perspectives ?? []),
      {
        key: "advocate",
        label: { en: "Advocate", es: "Representante" },
        limitPerCircle: 1,
        invitableBy: { organisation: true, respondent: false },
      },
    ],
    items: (template.items ?? []).map((item) => {
      const advocate = ADVOCATE_WORDINGS[item.key];
      if (!advocate) return item;
      return {
        ...item,
        askedOf: [...(item.askedOf ?? []), "advocate"],
        wording: { ...item.wording, advocate },
      };
    }),
  };
}

/** Advocates see what goes wrong for people who find it hard to speak up: they rate lower, most on involvement. */
const ADVOCATE_BIAS: Record<string, number> = {
  respect: -6,
  explained: -8,
  involved: -16,
  discharge_info: -7,
  overall: -5,
  recommend: -6,
};

/** Points added to an item's latent score from the start (−t/2) to the end (+t/2) of the wave: a trend within it. */
export const LARGE_TRENDS: Record<string, number> = { explained: 8, call_wait: -6 };

/** The demo's story per item key (db/seed/demo-survey.ts), with the advocates' biases added. */
export function largeStories(): Map<string, ItemStory> {
  const stories = new Map<string, ItemStory>();
  for (const item of HOSPITAL_STAY.items) {
    const story = structuredClone(item.story);
    const advocate = ADVOCATE_BIAS[item.key];
    if (advocate !== undefined && (story.kind === "score" || story.kind === "concerns")) {
      story.bias = { ...story.bias, advocate };
    }
    stories.set(item.key, story);
  }
  return stories;
}

/** A place where stays happen: [site, unit, share of circles, effect on the quality of care in standard deviations]. */
export type LargePlace = readonly [site: string, unit: string, share: number, effect: number];

// Several sites with their own units; one very small unit, so that anonymity thresholds have a group to hide.
export const LARGE_PLACES: readonly LargePlace[] = [
  ["Riverside General", "Cardiology", 0.11, 0.1],
  ["Riverside General", "Maternity", 0.09, 0.5],
  ["Riverside General", "Orthopaedics", 0.09, 0],
  ["Riverside General", "Oncology", 0.07, 0.25],
  ["Riverside General", "Emergency", 0.13, -0.6],
  ["Riverside General", "Stroke", 0.04, -0.2],
  ["Northside Clinic", "Day Surgery", 0.09, 0.45],
  ["Northside Clinic", "Orthopaedics", 0.06, 0.15],
  ["Northside Clinic", "Maternity", 0.05, 0.55],
  ["Northside Clinic", "Sleep Clinic", 0.004, 0.3],
  ["Eastgate Community Hospital", "Rehabilitation", 0.07, 0.2],
  ["Eastgate Community Hospital", "Older People's Care", 0.07, -0.35],
  ["Eastgate Community Hospital", "Minor Injuries", 0.036, -0.1],
  ["Harbourside Hospital", "Respiratory", 0.05, -0.2],
  ["Harbourside Hospital", "Cardiology", 0.04, 0.05],
];

/** Share of circles with at least one companion of the perspective, and of those with a second (within its limit). */
export type LargeCompanion = { key: string; rate: number; secondRate: number; relationships: readonly string[] };

export const LARGE_COMPANIONS: readonly LargeCompanion[] = [
  { key: "family", rate: 0.65, secondRate: 0.3, relationships: FAMILY_RELATIONSHIPS },
  { key: "staff", rate: 0.5, secondRate: 0.1, relationships: STAFF_RELATIONSHIPS },
  {
    key: "advocate",
    rate: 0.04,
    secondRate: 0,
    relationships: ["independent advocate", "patient advocate", "mental capacity advocate"],
  },
];

/** Where a respondent ends up by the end of the plan (before events after now are cut off). */
export type LargeStatus = Extract<TRespondentStatus, "invited" | "opened" | "started" | "completed" | "declined">;

/** Relative weights of where respondents end up; `completed` is multiplied per perspective below. */
export const LARGE_STATUS_WEIGHTS: Record<LargeStatus, number> = {
  completed: 45,
  invited: 24,
  opened: 13,
  started: 13,
  declined: 5,
};

/** Families answer a little more often than patients, busy staff less often, advocates most. */
export const LARGE_COMPLETION_FACTOR: Record<string, number> = { family: 1.1, staff: 0.8, advocate: 1.25 };

/** Who filled in the primary's survey, with weights; proxies rate a little lower (the proxy effect). */
export const ANSWERED_BY: readonly (readonly [value: "self" | "helped" | "proxy", weight: number, points: number])[] = [
  ["self", 0.82, 0],
  ["helped", 0.12, -1],
  ["proxy", 0.06, -5],
];

export const SPANISH_RATE = 0.15;
/** These perspectives always answer in English. */
export const ENGLISH_ONLY = ["staff"];
/** Share of a primary's family invited by the primary after completing ("who else was with you?"). */
export const RESPONDENT_INVITE_RATE = 0.15;
/** Share of patients, family and advocates who left contact details. */
export const CONTACT_RATE = 0.6;
export const CONTACT_PERSPECTIVES = ["patient", "family", "advocate"];

const ADVOCATE_COMMENTS: CommentPools[string] = {
  en: {
    positive: [
      "The ward made time to speak with him through me and waited for his answers.",
      "Staff asked what she wanted before every decision, even when it took longer.",
      "I was included in the discharge meeting and the plan was written down for him.",
      "Everyone I spoke to knew why I was there and treated my role with respect.",
    ],
    mixed: [
      "The care was kind, but decisions were often made before I could be there.",
      "Staff were respectful, though the easy-read information never arrived.",
      "Good nursing care; the doctors spoke to me rather than to him.",
      "Involvement improved once the ward knew I was his advocate.",
    ],
    negative: [
      "Decisions were made about her without asking her, and I was told afterwards.",
      "Nobody checked that he understood what was happening to him.",
      "I had to ask repeatedly to be included in the ward round.",
      "He was sent home without anyone explaining the new medicines to him.",
      "The capacity assessment was not done before the decision was made.",
    ],
  },
  es: {
    positive: ["El personal esperó sus respuestas y le preguntó antes de cada decisión."],
    mixed: ["El trato fue amable, pero a menudo decidieron antes de que yo pudiera estar presente."],
    negative: ["Tomaron decisiones sobre ella sin preguntarle y me lo dijeron después."],
  },
};

export const LARGE_COMMENTS: CommentPools = { ...HOSPITAL_COMMENTS, advocate: ADVOCATE_COMMENTS };

/** Fictional names for contact details (e-mail at example.com, phones in the reserved +44 7700 900xxx). */
export const LARGE_NAMES = {
  en: {
    first: [
      "Olivia", "Amelia", "Isla", "Ava", "Grace", "Freya", "Ruth", "Margaret", "Joan", "Oliver", "George", "Harry",
      "Noah", "Arthur", "Muhammad", "Thomas", "David", "Peter", "Priya", "Aisha", "Chidi", "Wei", "Sean", "Gareth",
    ],
    last: [
      "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Patel", "Robinson", "Wright", "Evans",
      "Walker", "Roberts", "Green", "Hall", "Khan", "Clarke", "Okafor", "Chen", "O'Brien", "Hughes",
    ],
  },
  es: {
    first: ["María", "Carmen", "Lucía", "Sofía", "Ana", "Pilar", "José", "Antonio", "Manuel", "Javier", "Pablo"],
    last: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"],
  },
} as const;
