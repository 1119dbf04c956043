// Who filled in the primary's survey: themselves, themselves with help, or someone on their behalf.
// Stored on the primary respondent (respondents_answered_by check) and offered as a report filter.
export const ANSWERED_BY = ["self", "helped", "proxy"] as const;
export type TAnsweredBy = (typeof ANSWERED_BY)[number];
