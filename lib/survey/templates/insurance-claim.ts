// Starting point for an insurance claim survey: the policyholder, a family member who helped with the
// claim and the claims handler who dealt with it, in English and Spanish.
import type { TSurveyDefinitionInput } from "../definition";
import { EASE, EXTENT, FREQUENCY } from "./scales";

const ALL = ["policyholder", "family_member", "claims_handler"];

// Annotated rather than `satisfies`: the literal's inferred type (optional `undefined` wordings) would not
// be assignable where a TSurveyDefinitionInput is expected.
export const INSURANCE_CLAIM_TEMPLATE: TSurveyDefinitionInput = {
  format: "circles.survey/1",
  name: "Insurance claim",
  description: "How a claim felt to the policyholder, to a family member who helped, and to the handler who dealt with it.",
  defaultLanguage: "en",
  languages: ["en", "es"],
  intro: {
    en:
      "Your claim has been decided, and we would like to learn how it went for everyone involved. It takes about " +
      "three minutes. Your answers are confidential: they are reported only in groups and are used to improve our service.",
    es:
      "Ya hay una decisión sobre su siniestro y queremos saber cómo lo vivieron todas las personas que participaron. " +
      "Se tarda unos tres minutos. Sus respuestas son confidenciales: solo se presentan en grupo y sirven para " +
      "mejorar nuestro servicio.",
  },
  perspectives: [
    { key: "policyholder", label: { en: "Policyholder", es: "Titular de la póliza" }, primary: true },
    {
      key: "family_member",
      label: { en: "Family member", es: "Familiar" },
      limitPerCircle: 2,
      invitableBy: { organisation: true, respondent: true },
    },
    { key: "claims_handler", label: { en: "Claims handler", es: "Tramitador del siniestro" }, provider: true },
  ],
  items: [
    // Page 1: making the claim.
    {
      key: "reporting_ease",
      type: "rating5",
      labels: EASE,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        policyholder: { en: "How easy was it to report your claim?", es: "¿Qué tan fácil le resultó comunicar su siniestro?" },
        family_member: {
          en: "How easy was it to report the claim you helped with?",
          es: "¿Qué tan fácil resultó comunicar el siniestro en el que usted ayudó?",
        },
        claims_handler: {
          en: "How easy do you think it was for this policyholder to report their claim?",
          es: "¿Qué tan fácil cree que le resultó a este titular comunicar su siniestro?",
        },
      },
    },
    {
      key: "kept_informed",
      type: "rating5",
      labels: FREQUENCY,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "Were you kept informed about the progress of your claim?",
          es: "¿Le mantuvieron informado sobre el avance de su siniestro?",
        },
        family_member: {
          en: "Were you and the policyholder kept informed about the progress of the claim?",
          es: "¿Les mantuvieron informados, a usted y al titular, sobre el avance del siniestro?",
        },
        claims_handler: {
          en: "Did we keep this policyholder informed about the progress of their claim?",
          es: "¿Mantuvimos informado a este titular sobre el avance de su siniestro?",
        },
      },
    },
    {
      key: "contact_channel",
      type: "singleChoice",
      choices: [
        { value: "phone", label: { en: "Phone", es: "Teléfono" } },
        { value: "email", label: { en: "Email", es: "Correo electrónico" } },
        { value: "app", label: { en: "App or website", es: "Aplicación o web" } },
        { value: "broker", label: { en: "Through a broker", es: "A través de un corredor" } },
        { value: "in_person", label: { en: "In person", es: "En persona" } },
      ],
      page: 1,
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "How did you mostly contact us about the claim?",
          es: "¿Cómo se puso en contacto con nosotros sobre el siniestro, sobre todo?",
        },
        family_member: {
          en: "How did you or the policyholder mostly contact us about the claim?",
          es: "¿Cómo se pusieron en contacto con nosotros sobre el siniestro, sobre todo, usted o el titular?",
        },
        claims_handler: {
          en: "How did this policyholder mostly contact us about the claim?",
          es: "¿Cómo se puso en contacto con nosotros este titular sobre el siniestro, sobre todo?",
        },
      },
    },
    // Page 2: the decision.
    {
      key: "outcome",
      type: "singleChoice",
      choices: [
        { value: "paid_in_full", label: { en: "Paid in full", es: "Pagado en su totalidad" } },
        { value: "paid_in_part", label: { en: "Paid in part", es: "Pagado en parte" } },
        { value: "declined", label: { en: "Declined", es: "Rechazado" } },
        { value: "not_sure", label: { en: "Not sure", es: "No estoy seguro" } },
      ],
      required: true,
      page: 2,
      askedOf: ALL,
      wording: {
        policyholder: { en: "What was the outcome of your claim?", es: "¿Cuál fue el resultado de su siniestro?" },
        family_member: { en: "What was the outcome of the claim?", es: "¿Cuál fue el resultado del siniestro?" },
        claims_handler: { en: "What was the outcome of this claim?", es: "¿Cuál fue el resultado de este siniestro?" },
      },
    },
    {
      key: "reason_understood",
      type: "rating5",
      labels: EXTENT,
      page: 2,
      // Only a claim not paid in full needs its reasons understood.
      condition: { itemKey: "outcome", op: "oneOf", value: ["paid_in_part", "declined"] },
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "Do you understand why your claim was not paid in full?",
          es: "¿Entiende por qué su siniestro no se pagó en su totalidad?",
        },
        family_member: {
          en: "Do you understand why the claim was not paid in full?",
          es: "¿Entiende por qué el siniestro no se pagó en su totalidad?",
        },
        claims_handler: {
          en: "Do you think this policyholder understands why their claim was not paid in full?",
          es: "¿Cree que este titular entiende por qué su siniestro no se pagó en su totalidad?",
        },
      },
    },
    {
      key: "treated_fairly",
      type: "yesNo",
      required: true,
      page: 2,
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "Were you treated fairly throughout the claim?",
          es: "¿Le trataron de forma justa durante todo el siniestro?",
        },
        family_member: {
          en: "Was the policyholder treated fairly throughout the claim?",
          es: "¿Se trató al titular de forma justa durante todo el siniestro?",
        },
        claims_handler: {
          en: "Was this policyholder treated fairly throughout the claim?",
          es: "¿Se trató a este titular de forma justa durante todo el siniestro?",
        },
      },
    },
    {
      key: "difficulties",
      type: "multipleChoice",
      choices: [
        { value: "paperwork", label: { en: "Paperwork and evidence", es: "Papeleo y justificantes" } },
        { value: "waiting", label: { en: "Waiting for a decision", es: "Esperar una decisión" } },
        { value: "repeating", label: { en: "Repeating the same information", es: "Repetir la misma información" } },
        { value: "unclear_cover", label: { en: "Understanding what was covered", es: "Entender qué estaba cubierto" } },
        { value: "reaching_someone", label: { en: "Reaching the right person", es: "Contactar con la persona adecuada" } },
      ],
      page: 2,
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "Which of these made your claim harder? Choose all that apply.",
          es: "¿Cuáles de estas cosas le complicaron el siniestro? Elija todas las que correspondan.",
        },
        family_member: {
          en: "Which of these made the claim harder? Choose all that apply.",
          es: "¿Cuáles de estas cosas complicaron el siniestro? Elija todas las que correspondan.",
        },
        claims_handler: {
          en: "Which of these made this claim harder for the policyholder? Choose all that apply.",
          es: "¿Cuáles de estas cosas complicaron este siniestro al titular? Elija todas las que correspondan.",
        },
      },
    },
    // Page 3: overall.
    {
      key: "recommend",
      type: "rating10",
      lowLabel: { en: "Not at all likely", es: "Nada probable" },
      highLabel: { en: "Extremely likely", es: "Muy probable" },
      required: true,
      page: 3,
      askedOf: ["policyholder", "family_member"],
      wording: {
        policyholder: {
          en: "After this claim, how likely are you to recommend us to a friend or colleague?",
          es: "Después de este siniestro, ¿qué probabilidad hay de que nos recomiende a un amigo o colega?",
        },
        family_member: {
          en: "After seeing how this claim was handled, how likely are you to recommend us to a friend or colleague?",
          es: "Después de ver cómo se gestionó este siniestro, ¿qué probabilidad hay de que nos recomiende a un amigo o colega?",
        },
      },
    },
    {
      key: "comments",
      type: "text",
      maxLength: 2000,
      page: 3,
      askedOf: ALL,
      wording: {
        policyholder: {
          en: "Is there anything else you would like to tell us about your claim?",
          es: "¿Hay algo más que quiera contarnos sobre su siniestro?",
        },
        family_member: {
          en: "Is there anything else you would like to tell us about the claim, or your part in it?",
          es: "¿Hay algo más que quiera contarnos sobre el siniestro o sobre su papel en él?",
        },
        claims_handler: {
          en: "Is there anything about how this claim went that we should know?",
          es: "¿Hay algo sobre cómo fue este siniestro que deberíamos saber?",
        },
      },
    },
  ],
};
