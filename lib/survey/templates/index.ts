// The surveys an admin can start from instead of a blank page.
import type { TSurveyDefinitionInput } from "../definition";
import { HOME_PURCHASE_TEMPLATE } from "./home-purchase";
import { HOSPITAL_STAY_TEMPLATE } from "./hospital-stay";
import { INSURANCE_CLAIM_TEMPLATE } from "./insurance-claim";

export type TSurveyTemplateKey = "hospital-stay" | "insurance-claim" | "home-purchase";

export type TSurveyTemplate = {
  key: TSurveyTemplateKey;
  name: string;
  description: string;
  definition: TSurveyDefinitionInput;
};

export const SURVEY_TEMPLATES: TSurveyTemplate[] = [
  {
    key: "hospital-stay",
    name: "Hospital stay",
    description: "Patient, family and staff on respect, explanations, pain, getting help, going home and overall care.",
    definition: HOSPITAL_STAY_TEMPLATE,
  },
  {
    key: "insurance-claim",
    name: "Insurance claim",
    description: "Policyholder, family member and claims handler on reporting, updates, the decision and fairness.",
    definition: INSURANCE_CLAIM_TEMPLATE,
  },
  {
    key: "home-purchase",
    name: "Home purchase",
    description: "Buyer, parent or co-buyer and agent on understanding needs, the offer, costs and overall service.",
    definition: HOME_PURCHASE_TEMPLATE,
  },
];
