// Starting point for a home purchase survey: the buyer, a parent or co-buyer who went through it with
// them, and the agent who handled the sale, in English and Spanish.
import type { TSurveyDefinitionInput } from "../definition";
import { EXTENT, FREQUENCY, QUALITY } from "./scales";

const ALL = ["buyer", "co_buyer", "agent"];

// Annotated rather than `satisfies`: the literal's inferred type (optional `undefined` wordings) would not
// be assignable where a TSurveyDefinitionInput is expected.
export const HOME_PURCHASE_TEMPLATE: TSurveyDefinitionInput = {
  format: "circles.survey/1",
  name: "Home purchase",
  description: "How buying a home felt to the buyer, to a parent or co-buyer at their side, and to the agent.",
  defaultLanguage: "en",
  languages: ["en", "es"],
  intro: {
    en:
      "Congratulations on the new home. We would like to hear how the purchase went from everyone who took part. " +
      "It takes about three minutes. Your answers are confidential: they are reported only in groups and help us improve.",
    es:
      "Enhorabuena por su nueva vivienda. Queremos saber cómo fue la compra para todas las personas que participaron. " +
      "Se tarda unos tres minutos. Sus respuestas son confidenciales: solo se presentan en grupo y nos ayudan a mejorar.",
  },
  perspectives: [
    { key: "buyer", label: { en: "Buyer", es: "Comprador" }, primary: true },
    {
      key: "co_buyer",
      label: { en: "Parent or co-buyer", es: "Familiar o cocomprador" },
      limitPerCircle: 2,
      invitableBy: { organisation: true, respondent: true },
    },
    { key: "agent", label: { en: "Agent", es: "Agente" }, provider: true },
  ],
  items: [
    // Page 1: finding the home.
    {
      key: "understood_needs",
      type: "rating5",
      labels: EXTENT,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "Did your agent understand what you were looking for?",
          es: "¿Su agente entendió lo que usted buscaba?",
        },
        co_buyer: {
          en: "Did the agent understand what you and the buyer were looking for?",
          es: "¿El agente entendió lo que usted y el comprador buscaban?",
        },
        agent: {
          en: "Did you understand what this buyer was looking for?",
          es: "¿Entendió usted lo que buscaba este comprador?",
        },
      },
    },
    {
      key: "responsive",
      type: "rating5",
      labels: FREQUENCY,
      required: true,
      page: 1,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "Did your agent get back to you promptly when you got in touch?",
          es: "¿Su agente le respondió con rapidez cuando se puso en contacto?",
        },
        co_buyer: {
          en: "Did the agent get back to you promptly when you got in touch?",
          es: "¿El agente le respondió con rapidez cuando se puso en contacto?",
        },
        agent: {
          en: "Did you get back to this buyer promptly when they got in touch?",
          es: "¿Respondió usted con rapidez a este comprador cuando se puso en contacto?",
        },
      },
    },
    {
      key: "homes_viewed",
      type: "singleChoice",
      choices: [
        { value: "1_to_3", label: { en: "1 to 3", es: "De 1 a 3" } },
        { value: "4_to_10", label: { en: "4 to 10", es: "De 4 a 10" } },
        { value: "11_to_20", label: { en: "11 to 20", es: "De 11 a 20" } },
        { value: "over_20", label: { en: "More than 20", es: "Más de 20" } },
      ],
      page: 1,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "How many homes did you view before making an offer?",
          es: "¿Cuántas viviendas visitó antes de hacer una oferta?",
        },
        co_buyer: {
          en: "How many homes did you and the buyer view before making an offer?",
          es: "¿Cuántas viviendas visitaron usted y el comprador antes de hacer una oferta?",
        },
        agent: {
          en: "How many homes did this buyer view before making an offer?",
          es: "¿Cuántas viviendas visitó este comprador antes de hacer una oferta?",
        },
      },
    },
    // Page 2: the offer and the paperwork.
    {
      key: "first_offer_accepted",
      type: "yesNo",
      required: true,
      page: 2,
      askedOf: ALL,
      wording: {
        buyer: { en: "Was your first offer accepted?", es: "¿Se aceptó su primera oferta?" },
        co_buyer: { en: "Was the buyer's first offer accepted?", es: "¿Se aceptó la primera oferta del comprador?" },
        agent: { en: "Was this buyer's first offer accepted?", es: "¿Se aceptó la primera oferta de este comprador?" },
      },
    },
    {
      key: "negotiation",
      type: "rating5",
      labels: QUALITY,
      page: 2,
      // Negotiation only happened when the first offer was not accepted.
      condition: { itemKey: "first_offer_accepted", op: "equals", value: 0 },
      askedOf: ALL,
      wording: {
        buyer: {
          en: "How well did your agent handle the negotiation?",
          es: "¿Cómo valoraría la forma en que su agente llevó la negociación?",
        },
        co_buyer: {
          en: "How well did the agent handle the negotiation for the buyer?",
          es: "¿Cómo valoraría la forma en que el agente llevó la negociación para el comprador?",
        },
        agent: {
          en: "How well do you think you handled the negotiation for this buyer?",
          es: "¿Cómo valoraría la forma en que usted llevó la negociación para este comprador?",
        },
      },
    },
    {
      key: "costs_explained",
      type: "yesNo",
      page: 2,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "Were all the costs explained to you before you committed to the purchase?",
          es: "¿Le explicaron todos los costes antes de comprometerse con la compra?",
        },
        co_buyer: {
          en: "Were all the costs explained to you and the buyer before you committed to the purchase?",
          es: "¿Les explicaron todos los costes, a usted y al comprador, antes de comprometerse con la compra?",
        },
        agent: {
          en: "Were all the costs explained to this buyer before they committed to the purchase?",
          es: "¿Se le explicaron todos los costes a este comprador antes de comprometerse con la compra?",
        },
      },
    },
    {
      key: "stressful_parts",
      type: "multipleChoice",
      minSelections: 1,
      maxSelections: 3,
      choices: [
        { value: "mortgage", label: { en: "Getting a mortgage", es: "Conseguir la hipoteca" } },
        { value: "inspection", label: { en: "The survey or inspection", es: "La tasación o la inspección" } },
        { value: "legal_work", label: { en: "The legal work", es: "Los trámites legales" } },
        { value: "negotiation", label: { en: "Negotiating the price", es: "Negociar el precio" } },
        { value: "moving_date", label: { en: "Agreeing a moving date", es: "Acordar la fecha de mudanza" } },
        { value: "none", label: { en: "None of these", es: "Ninguna de estas" } },
      ],
      page: 2,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "Which parts of the purchase were the most stressful for you? Choose up to three.",
          es: "¿Qué partes de la compra le resultaron más estresantes? Elija hasta tres.",
        },
        co_buyer: {
          en: "Which parts of the purchase were the most stressful for you and the buyer? Choose up to three.",
          es: "¿Qué partes de la compra les resultaron más estresantes a usted y al comprador? Elija hasta tres.",
        },
        agent: {
          en: "Which parts of the purchase do you think were the most stressful for this buyer? Choose up to three.",
          es: "¿Qué partes de la compra cree que le resultaron más estresantes a este comprador? Elija hasta tres.",
        },
      },
    },
    // Page 3: overall.
    {
      key: "overall",
      type: "rating5",
      labels: QUALITY,
      required: true,
      page: 3,
      askedOf: ALL,
      wording: {
        buyer: {
          en: "Overall, how would you rate the service you received?",
          es: "En general, ¿cómo valoraría el servicio que recibió?",
        },
        co_buyer: {
          en: "Overall, how would you rate the service the buyer received?",
          es: "En general, ¿cómo valoraría el servicio que recibió el comprador?",
        },
        agent: {
          en: "Overall, how would you rate the service this buyer received from our team?",
          es: "En general, ¿cómo valoraría el servicio que recibió este comprador de nuestro equipo?",
        },
      },
    },
    {
      key: "recommend",
      type: "rating10",
      lowLabel: { en: "Not at all likely", es: "Nada probable" },
      highLabel: { en: "Extremely likely", es: "Muy probable" },
      required: true,
      page: 3,
      askedOf: ["buyer", "co_buyer"],
      wording: {
        buyer: {
          en: "How likely are you to recommend us to a friend who is buying a home?",
          es: "¿Qué probabilidad hay de que nos recomiende a un amigo que vaya a comprar una vivienda?",
        },
        co_buyer: {
          en: "Having been part of this purchase, how likely are you to recommend us to a friend who is buying a home?",
          es: "Después de participar en esta compra, ¿qué probabilidad hay de que nos recomiende a un amigo que vaya a comprar una vivienda?",
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
        buyer: {
          en: "Is there anything else you would like to tell us about buying your home?",
          es: "¿Hay algo más que quiera contarnos sobre la compra de su vivienda?",
        },
        co_buyer: {
          en: "Is there anything else you would like to tell us about the purchase, or your part in it?",
          es: "¿Hay algo más que quiera contarnos sobre la compra o sobre su papel en ella?",
        },
        agent: {
          en: "Is there anything about this sale that you think we should know?",
          es: "¿Hay algo sobre esta venta que cree que deberíamos saber?",
        },
      },
    },
  ],
};
