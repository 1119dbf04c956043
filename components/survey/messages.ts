// Every string the respondent renderer shows that the survey's author did not write, per language.
// Languages without a set fall back to English; admin-written text (questions, labels) comes from the definition.
import type { TLanguage } from "@/lib/survey/languages";

export type TSurveyMessages = {
  next: string;
  back: string;
  submit: string;
  submitting: string;
  required: string;
  pageOf: (page: number, pages: number) => string;
  pleaseAnswer: string;
  checkAnswer: string;
  tooLong: string;
  /** Above the questions when Next or Submit was blocked. */
  fixErrors: string;
  yes: string;
  no: string;
  /** 0–10 scales: what the ends mean. */
  scaleEnds: (low: string, high: string) => string;
  chooseAtLeast: (min: number) => string;
  chooseAtMost: (max: number) => string;
  chooseBetween: (min: number, max: number) => string;
  chooseExactly: (count: number) => string;
  maxReached: (max: number) => string;
  charactersLeft: (left: number) => string;
  saving: string;
  saved: string;
  savedOnDevice: string;
  saveFailed: string;
  noQuestions: string;
};

const en: TSurveyMessages = {
  next: "Next",
  back: "Back",
  submit: "Submit",
  submitting: "Sending…",
  required: "Required",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  pleaseAnswer: "Please answer this question",
  checkAnswer: "Please check this answer",
  tooLong: "This answer is too long",
  fixErrors: "Some questions on this page need an answer before you can go on. They are marked below.",
  yes: "Yes",
  no: "No",
  scaleEnds: (low, high) => `0 means “${low}”, 10 means “${high}”`,
  chooseAtLeast: (min) => (min === 1 ? "Choose at least 1 option" : `Choose at least ${min} options`),
  chooseAtMost: (max) => (max === 1 ? "Choose 1 option at most" : `Choose up to ${max} options`),
  chooseBetween: (min, max) => `Choose ${min} to ${max} options`,
  chooseExactly: (count) => (count === 1 ? "Choose 1 option" : `Choose ${count} options`),
  maxReached: (max) => `You have chosen the most you can (${max}). Clear one to choose another.`,
  charactersLeft: (left) => (left === 1 ? "1 character left" : `${left} characters left`),
  saving: "Saving…",
  saved: "Your answers are saved",
  savedOnDevice: "Saved on this device. Your answers will be sent when you are back online.",
  saveFailed: "Your last answer is not saved yet. We will keep trying.",
  noQuestions: "There are no questions for you in this survey.",
};

const es: TSurveyMessages = {
  next: "Siguiente",
  back: "Atrás",
  submit: "Enviar",
  submitting: "Enviando…",
  required: "Obligatoria",
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  pleaseAnswer: "Responda a esta pregunta",
  checkAnswer: "Revise esta respuesta",
  tooLong: "Esta respuesta es demasiado larga",
  fixErrors: "Algunas preguntas de esta página necesitan respuesta antes de continuar. Están marcadas abajo.",
  yes: "Sí",
  no: "No",
  scaleEnds: (low, high) => `0 significa «${low}», 10 significa «${high}»`,
  chooseAtLeast: (min) => (min === 1 ? "Elija al menos 1 opción" : `Elija al menos ${min} opciones`),
  chooseAtMost: (max) => (max === 1 ? "Elija 1 opción como máximo" : `Elija hasta ${max} opciones`),
  chooseBetween: (min, max) => `Elija entre ${min} y ${max} opciones`,
  chooseExactly: (count) => (count === 1 ? "Elija 1 opción" : `Elija ${count} opciones`),
  maxReached: (max) => `Ya ha elegido el máximo (${max}). Quite una para elegir otra.`,
  charactersLeft: (left) => (left === 1 ? "Queda 1 carácter" : `Quedan ${left} caracteres`),
  saving: "Guardando…",
  saved: "Sus respuestas están guardadas",
  savedOnDevice: "Guardado en este dispositivo. Sus respuestas se enviarán cuando vuelva a tener conexión.",
  saveFailed: "Su última respuesta aún no está guardada. Seguiremos intentándolo.",
  noQuestions: "No hay preguntas para usted en esta encuesta.",
};

const fr: TSurveyMessages = {
  next: "Suivant",
  back: "Retour",
  submit: "Envoyer",
  submitting: "Envoi…",
  required: "Obligatoire",
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  pleaseAnswer: "Veuillez répondre à cette question",
  checkAnswer: "Veuillez vérifier cette réponse",
  tooLong: "Cette réponse est trop longue",
  fixErrors: "Certaines questions de cette page attendent une réponse avant de continuer. Elles sont signalées ci-dessous.",
  yes: "Oui",
  no: "Non",
  scaleEnds: (low, high) => `0 signifie « ${low} », 10 signifie « ${high} »`,
  chooseAtLeast: (min) => (min === 1 ? "Choisissez au moins 1 option" : `Choisissez au moins ${min} options`),
  chooseAtMost: (max) => (max === 1 ? "Choisissez 1 option au plus" : `Choisissez jusqu’à ${max} options`),
  chooseBetween: (min, max) => `Choisissez de ${min} à ${max} options`,
  chooseExactly: (count) => (count === 1 ? "Choisissez 1 option" : `Choisissez ${count} options`),
  maxReached: (max) => `Vous avez choisi le maximum (${max}). Retirez-en une pour en choisir une autre.`,
  charactersLeft: (left) => (left <= 1 ? `${left} caractère restant` : `${left} caractères restants`),
  saving: "Enregistrement…",
  saved: "Vos réponses sont enregistrées",
  savedOnDevice: "Enregistré sur cet appareil. Vos réponses seront envoyées dès le retour de la connexion.",
  saveFailed: "Votre dernière réponse n’est pas encore enregistrée. Nous réessayons.",
  noQuestions: "Aucune question ne vous est posée dans ce questionnaire.",
};

const de: TSurveyMessages = {
  next: "Weiter",
  back: "Zurück",
  submit: "Absenden",
  submitting: "Wird gesendet…",
  required: "Pflichtfrage",
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  pleaseAnswer: "Bitte beantworten Sie diese Frage",
  checkAnswer: "Bitte prüfen Sie diese Antwort",
  tooLong: "Diese Antwort ist zu lang",
  fixErrors: "Einige Fragen auf dieser Seite brauchen eine Antwort, bevor es weitergeht. Sie sind unten markiert.",
  yes: "Ja",
  no: "Nein",
  scaleEnds: (low, high) => `0 bedeutet „${low}“, 10 bedeutet „${high}“`,
  chooseAtLeast: (min) => (min === 1 ? "Wählen Sie mindestens 1 Option" : `Wählen Sie mindestens ${min} Optionen`),
  chooseAtMost: (max) => (max === 1 ? "Wählen Sie höchstens 1 Option" : `Wählen Sie bis zu ${max} Optionen`),
  chooseBetween: (min, max) => `Wählen Sie ${min} bis ${max} Optionen`,
  chooseExactly: (count) => (count === 1 ? "Wählen Sie 1 Option" : `Wählen Sie ${count} Optionen`),
  maxReached: (max) => `Sie haben das Maximum (${max}) gewählt. Entfernen Sie eine Auswahl, um eine andere zu wählen.`,
  charactersLeft: (left) => (left === 1 ? "Noch 1 Zeichen" : `Noch ${left} Zeichen`),
  saving: "Wird gespeichert…",
  saved: "Ihre Antworten sind gespeichert",
  savedOnDevice: "Auf diesem Gerät gespeichert. Ihre Antworten werden gesendet, sobald Sie wieder online sind.",
  saveFailed: "Ihre letzte Antwort ist noch nicht gespeichert. Wir versuchen es weiter.",
  noQuestions: "In dieser Umfrage gibt es keine Fragen für Sie.",
};

const pt: TSurveyMessages = {
  next: "Seguinte",
  back: "Voltar",
  submit: "Enviar",
  submitting: "A enviar…",
  required: "Obrigatória",
  pageOf: (page, pages) => `Página ${page} de ${pages}`,
  pleaseAnswer: "Responda a esta pergunta",
  checkAnswer: "Verifique esta resposta",
  tooLong: "Esta resposta é demasiado longa",
  fixErrors: "Algumas perguntas desta página precisam de resposta antes de continuar. Estão assinaladas abaixo.",
  yes: "Sim",
  no: "Não",
  scaleEnds: (low, high) => `0 significa «${low}», 10 significa «${high}»`,
  chooseAtLeast: (min) => (min === 1 ? "Escolha pelo menos 1 opção" : `Escolha pelo menos ${min} opções`),
  chooseAtMost: (max) => (max === 1 ? "Escolha 1 opção no máximo" : `Escolha até ${max} opções`),
  chooseBetween: (min, max) => `Escolha de ${min} a ${max} opções`,
  chooseExactly: (count) => (count === 1 ? "Escolha 1 opção" : `Escolha ${count} opções`),
  maxReached: (max) => `Já escolheu o máximo (${max}). Retire uma para escolher outra.`,
  charactersLeft: (left) => (left === 1 ? "Resta 1 carácter" : `Restam ${left} caracteres`),
  saving: "A guardar…",
  saved: "As suas respostas estão guardadas",
  savedOnDevice: "Guardado neste dispositivo. As suas respostas serão enviadas quando voltar a ter ligação.",
  saveFailed: "A sua última resposta ainda não está guardada. Vamos continuar a tentar.",
  noQuestions: "Não há perguntas para si neste questionário.",
};

// Arabic counts follow six plural forms; the wording puts numbers after a colon or in a phrase that
// needs no agreement, which reads naturally and stays correct for every number.
const ar: TSurveyMessages = {
  next: "التالي",
  back: "السابق",
  submit: "إرسال",
  submitting: "جارٍ الإرسال…",
  required: "مطلوب",
  pageOf: (page, pages) => `الصفحة ${page} من ${pages}`,
  pleaseAnswer: "يرجى الإجابة عن هذا السؤال",
  checkAnswer: "يرجى مراجعة هذه الإجابة",
  tooLong: "هذه الإجابة أطول من المسموح",
  fixErrors: "بعض الأسئلة في هذه الصفحة تحتاج إلى إجابة قبل المتابعة. وهي مُعلَّمة أدناه.",
  yes: "نعم",
  no: "لا",
  scaleEnds: (low, high) => `0 تعني «${low}»، و10 تعني «${high}»`,
  chooseAtLeast: (min) => `الحد الأدنى للاختيارات: ${min}`,
  chooseAtMost: (max) => `الحد الأقصى للاختيارات: ${max}`,
  chooseBetween: (min, max) => `اختر من ${min} إلى ${max}`,
  chooseExactly: (count) => `عدد الاختيارات المطلوب: ${count}`,
  maxReached: (max) => `لقد بلغت الحد الأقصى (${max}). ألغِ أحد اختياراتك لتختار غيره.`,
  charactersLeft: (left) => `الأحرف المتبقية: ${left}`,
  saving: "جارٍ الحفظ…",
  saved: "تم حفظ إجاباتك",
  savedOnDevice: "تم الحفظ على هذا الجهاز. ستُرسل إجاباتك عند عودة الاتصال.",
  saveFailed: "لم تُحفظ إجابتك الأخيرة بعد. سنواصل المحاولة.",
  noQuestions: "لا توجد أسئلة موجهة إليك في هذا الاستطلاع.",
};

const MESSAGES: Partial<Record<TLanguage, TSurveyMessages>> = { en, es, fr, de, pt, ar };

/** The renderer's strings in `language`, else in English. */
export function messagesFor(language: TLanguage): TSurveyMessages {
  return MESSAGES[language] ?? en;
}

/** The hint under a multiple-choice question, or null when any number of choices is fine. */
export function selectionHint(messages: TSurveyMessages, minSelections: number, max: number | undefined): string | null {
  // An answer always has at least one choice, so a minimum of 1 needs no words.
  const min = minSelections <= 1 && max !== 1 ? 0 : minSelections;
  if (max !== undefined && min > 0) return min === max ? messages.chooseExactly(min) : messages.chooseBetween(min, max);
  if (max !== undefined) return messages.chooseAtMost(max);
  if (min > 0) return messages.chooseAtLeast(min);
  return null;
}
