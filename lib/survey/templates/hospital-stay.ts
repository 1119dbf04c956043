// Starting point for a hospital survey: the patient, the family at the bedside and the staff who
// cared for them, each asked the same linked items in their own words, in English and Spanish.
import type { TSurveyDefinitionInput } from "../definition";
import { EXTENT, FREQUENCY, QUALITY } from "./scales";

const ALL = ["patient", "family", "staff"];

// Annotated rather than `satisfies`: the literal's inferred type (optional `undefined` wordings) would not
// be assignable where a TSurveyDefinitionInput is expected.
export const HOSPITAL_STAY_TEMPLATE: TSurveyDefinitionInput = {
  format: "circles.survey/1",
  name: "Hospital stay",
  description: "How a stay on a ward felt to the patient, their family and the staff who cared for them.",
  defaultLanguage: "en",
  languages: ["en", "es"],
  intro: {
    en:
      "We would like to hear about this hospital stay from everyone who was there: the patient, the people close " +
      "to them and the staff who cared for them. It takes about four minutes. Your answers are confidential: they " +
      "are reported only in groups and are used to improve care.",
    es:
      "Queremos conocer esta estancia en el hospital desde el punto de vista de todas las personas que estuvieron " +
      "allí: el paciente, sus allegados y el personal que le atendió. Se tarda unos cuatro minutos. Sus respuestas " +
      "son confidenciales: solo se presentan en grupo y sirven para mejorar la atención.",
  },
  perspectives: [
    { key: "patient", label: { en: "Patient", es: "Paciente" }, primary: true, limitPerCircle: 1 },
    {
      key: "family",
      label: { en: "Family", es: "Familia" },
      limitPerCircle: 2,
      invitableBy: { organisation: true, respondent: true },
    },
    { key: "staff", label: { en: "Staff", es: "Personal" }, limitPerCircle: 2, provider: true },
  ],
  items: [
    // Page 1: how the patient was treated.
    {
      key: "respect",
      type: "rating5",
      labels: FREQUENCY,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        patient: { en: "Did staff treat you with respect?", es: "¿El personal le trató con respeto?" },
        family: { en: "Did staff treat your relative with respect?", es: "¿El personal trató a su familiar con respeto?" },
        staff: { en: "Did the team treat this patient with respect?", es: "¿El equipo trató a este paciente con respeto?" },
      },
    },
    {
      key: "explained",
      type: "rating5",
      labels: FREQUENCY,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        patient: {
          en: "Did staff explain things in a way you could understand?",
          es: "¿El personal le explicó las cosas de forma que pudiera entenderlas?",
        },
        family: {
          en: "Did staff explain things about your relative's care in a way you could understand?",
          es: "¿El personal le explicó la atención de su familiar de forma que pudiera entenderla?",
        },
        staff: {
          en: "Did the team explain things to this patient in a way they could understand?",
          es: "¿El equipo explicó las cosas a este paciente de forma que pudiera entenderlas?",
        },
      },
    },
    {
      key: "involved",
      type: "rating5",
      labels: EXTENT,
      page: 1,
      askedOf: ALL,
      wording: {
        patient: {
          en: "Were you involved as much as you wanted in decisions about your care?",
          es: "¿Participó tanto como quería en las decisiones sobre su atención?",
        },
        family: {
          en: "Was your relative involved as much as they wanted in decisions about their care?",
          es: "¿Su familiar participó tanto como quería en las decisiones sobre su atención?",
        },
        staff: {
          en: "Was this patient involved as much as they wanted in decisions about their care?",
          es: "¿Este paciente participó tanto como quería en las decisiones sobre su atención?",
        },
      },
    },
    // Page 2: pain and getting help.
    {
      key: "had_pain",
      type: "yesNo",
      required: true,
      page: 2,
      askedOf: ALL,
      wording: {
        patient: { en: "Were you ever in pain during your stay?", es: "¿Tuvo dolor en algún momento de su estancia?" },
        family: {
          en: "Was your relative ever in pain during their stay?",
          es: "¿Su familiar tuvo dolor en algún momento de su estancia?",
        },
        staff: {
          en: "Was this patient ever in pain during their stay?",
          es: "¿Este paciente tuvo dolor en algún momento de su estancia?",
        },
      },
    },
    {
      key: "pain_managed",
      type: "rating5",
      labels: EXTENT,
      page: 2,
      // Only those who saw pain can judge how it was handled.
      condition: { itemKey: "had_pain", op: "equals", value: 1 },
      askedOf: ALL,
      wording: {
        patient: {
          en: "Did staff do everything they could to help control your pain?",
          es: "¿El personal hizo todo lo posible para controlar su dolor?",
        },
        family: {
          en: "Did staff do everything they could to help control your relative's pain?",
          es: "¿El personal hizo todo lo posible para controlar el dolor de su familiar?",
        },
        staff: {
          en: "Did the team do everything it could to help control this patient's pain?",
          es: "¿El equipo hizo todo lo posible para controlar el dolor de este paciente?",
        },
      },
    },
    {
      key: "call_wait",
      type: "singleChoice",
      choices: [
        { value: "right_away", label: { en: "Right away", es: "Enseguida" } },
        { value: "under_5min", label: { en: "Within 5 minutes", es: "En menos de 5 minutos" } },
        { value: "5_to_15min", label: { en: "5 to 15 minutes", es: "Entre 5 y 15 minutos" } },
        { value: "over_15min", label: { en: "More than 15 minutes", es: "Más de 15 minutos" } },
        { value: "never_needed", label: { en: "Never needed to ask for help", es: "Nunca necesitó pedir ayuda" } },
      ],
      page: 2,
      askedOf: ALL,
      wording: {
        patient: {
          en: "When you asked for help, how long did you usually wait?",
          es: "Cuando pidió ayuda, ¿cuánto tiempo esperó normalmente?",
        },
        family: {
          en: "When your relative asked for help, how long did they usually wait?",
          es: "Cuando su familiar pidió ayuda, ¿cuánto tiempo esperó normalmente?",
        },
        staff: {
          en: "When this patient asked for help, how long did it usually take the team to respond?",
          es: "Cuando este paciente pidió ayuda, ¿cuánto tardó normalmente el equipo en responder?",
        },
      },
    },
    {
      key: "worries",
      type: "multipleChoice",
      minSelections: 1,
      maxSelections: 3,
      choices: [
        { value: "pain", label: { en: "Pain or discomfort", es: "Dolor o malestar" } },
        { value: "medicines", label: { en: "Medicines", es: "Medicamentos" } },
        { value: "test_results", label: { en: "Test results", es: "Resultados de pruebas" } },
        { value: "going_home", label: { en: "Going home", es: "La vuelta a casa" } },
        { value: "being_alone", label: { en: "Being alone", es: "Estar solo" } },
        { value: "none", label: { en: "Nothing in particular", es: "Nada en particular" } },
      ],
      page: 2,
      askedOf: ["patient", "family"],
      wording: {
        patient: {
          en: "What worried you most during your stay? Choose up to three.",
          es: "¿Qué le preocupó más durante su estancia? Elija hasta tres.",
        },
        family: {
          en: "What worried you most during your relative's stay? Choose up to three.",
          es: "¿Qué le preocupó más durante la estancia de su familiar? Elija hasta tres.",
        },
      },
    },
    // Page 3: going home.
    {
      key: "discharge_info",
      type: "yesNo",
      page: 3,
      askedOf: ALL,
      wording: {
        patient: {
          en: "Before you left, were you told what to do and whom to call if you were worried?",
          es: "Antes de irse, ¿le dijeron qué hacer y a quién llamar si estaba preocupado?",
        },
        family: {
          en: "Before your relative left, were you told what to do and whom to call if you were worried?",
          es: "Antes de que su familiar se fuera, ¿le dijeron qué hacer y a quién llamar si estaba preocupado?",
        },
        staff: {
          en: "Before this patient left, were they told what to do and whom to call if they were worried?",
          es: "Antes de irse, ¿se le dijo a este paciente qué hacer y a quién llamar si estaba preocupado?",
        },
      },
    },
    {
      key: "family_welcome",
      type: "yesNo",
      page: 3,
      askedOf: ["family", "staff"],
      wording: {
        family: { en: "Did staff make you feel welcome on the ward?", es: "¿El personal le hizo sentir bienvenido en la planta?" },
        staff: {
          en: "Did the team make this patient's family feel welcome on the ward?",
          es: "¿El equipo hizo sentir bienvenida a la familia de este paciente en la planta?",
        },
      },
    },
    // Page 4: overall.
    {
      key: "overall",
      type: "rating5",
      labels: QUALITY,
      required: true,
      page: 4,
      askedOf: ALL,
      wording: {
        patient: { en: "Overall, how would you rate the care you received?", es: "En general, ¿cómo valoraría la atención que recibió?" },
        family: {
          en: "Overall, how would you rate the care your relative received?",
          es: "En general, ¿cómo valoraría la atención que recibió su familiar?",
        },
        staff: {
          en: "Overall, how would you rate the care this patient received?",
          es: "En general, ¿cómo valoraría la atención que recibió este paciente?",
        },
      },
    },
    {
      key: "recommend",
      type: "rating10",
      lowLabel: { en: "Not at all likely", es: "Nada probable" },
      highLabel: { en: "Extremely likely", es: "Muy probable" },
      required: true,
      page: 4,
      askedOf: ALL,
      wording: {
        patient: {
          en: "How likely are you to recommend this hospital to friends and family if they needed similar care?",
          es: "¿Qué probabilidad hay de que recomiende este hospital a amigos y familiares si necesitaran una atención similar?",
        },
        family: {
          en: "After your relative's stay, how likely are you to recommend this hospital to friends and family?",
          es: "Tras la estancia de su familiar, ¿qué probabilidad hay de que recomiende este hospital a amigos y familiares?",
        },
        staff: {
          en: "How likely would you be to recommend this ward to friends and family if they needed care?",
          es: "¿Qué probabilidad hay de que recomiende esta planta a amigos y familiares si necesitaran atención?",
        },
      },
    },
    {
      key: "comments",
      type: "text",
      maxLength: 2000,
      page: 4,
      askedOf: ALL,
      wording: {
        patient: {
          en: "Is there anything else you would like to tell us about your stay?",
          es: "¿Hay algo más que quiera contarnos sobre su estancia?",
        },
        family: {
          en: "Is there anything else you would like to tell us about your relative's stay, or your own experience?",
          es: "¿Hay algo más que quiera contarnos sobre la estancia de su familiar o sobre su propia experiencia?",
        },
        staff: {
          en: "Is there anything about this patient's care that you think we should know?",
          es: "¿Hay algo sobre la atención a este paciente que cree que deberíamos saber?",
        },
      },
    },
  ],
};
