import type { TSurveyDefinition } from "@/lib/survey/definition";
import type { TWaveSettings } from "@/lib/wave/settings";
import { AppError } from "@/server/errors";

/** Settings that depend on the survey version: the perspectives respondents may invite must be its companions. */
export function checkSettingsAgainstSurvey(settings: TWaveSettings, definition: TSurveyDefinition) {
  const fieldErrors: Record<string, string[]> = {};
  for (const [index, key] of settings.companionPerspectiveKeys.entries()) {
    const perspective = definition.perspectives.find((p) => p.key === key);
    if (!perspective) {
      (fieldErrors[`companionPerspectiveKeys.${index}`] ??= []).push(`this survey has no perspective "${key}"`);
    } else if (perspective.primary) {
      (fieldErrors[`companionPerspectiveKeys.${index}`] ??= []).push("the primary perspective cannot be invited by a respondent");
    }
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("BAD_REQUEST", "Some wave settings do not fit the survey.", fieldErrors);
  }
}
