// The respondent pages' own words (welcome, who is answering, declining, thanks, sending problems), per
// language. The server picks the survey's languages and passes them as props, so a phone never
// downloads all of them as JavaScript. Languages without a set fall back to English.
import type { TLanguage } from "@/lib/survey/languages";

export type TRespondentMessages = {
  language: string;
  /** "{label}" is replaced by the perspective's name. */
  answeringAs: string;
  whatHappens: string;
  anonymous: string;
  confidential: string;
  start: string;
  continue: string;
  decline: string;
  loading: string;
  loadFailed: string;
  offlineNoCopy: string;
  tryAgain: string;
  whoTitle: string;
  whoHint: string;
  whoSelf: string;
  whoHelped: string;
  whoProxy: string;
  whoRequired: string;
  next: string;
  declineTitle: string;
  declineText: string;
  declineConfirm: string;
  declineCancel: string;
  declinedTitle: string;
  declinedText: string;
  declinedChangeMind: string;
  thanksTitle: string;
  thanksText: string;
  submitOffline: string;
  submitFailed: string;
  missingRequired: string;
  closed: string;
  alreadySent: string;
  actionFailed: string;
};

const en: TRespondentMessages = {
  language: "Language",
  answeringAs: "You are answering as: {label}",
  whatHappens: "What happens to your answers",
  anonymous:
    "Your answers are anonymous: they are only ever shown combined with the answers of at least several other people, and no one can see what you said.",
  confidential:
    "Your answers are confidential: reports combine them with other people's answers; only a small number of administrators can see one circle's answers, to improve care.",
  start: "Start",
  continue: "Continue",
  decline: "I'd rather not answer",
  loading: "Loading the questions…",
  loadFailed: "The questions could not be loaded. Please check your connection and try again.",
  offlineNoCopy: "You seem to be offline. Please open this page again when you have a connection.",
  tryAgain: "Try again",
  whoTitle: "Who is answering?",
  whoHint: "This helps us understand the answers. Choose one.",
  whoSelf: "I am answering for myself",
  whoHelped: "I am answering, with someone helping me",
  whoProxy: "Someone else is answering for me",
  whoRequired: "Please choose who is answering",
  next: "Next",
  declineTitle: "Would you rather not answer?",
  declineText: "That is fine. We will not send you any more reminders about this survey.",
  declineConfirm: "Yes, I'd rather not",
  declineCancel: "Go back",
  declinedTitle: "Thank you for letting us know",
  declinedText: "We will not send you any more reminders about this survey.",
  declinedChangeMind: "If you change your mind, you can still answer: open your link again.",
  thanksTitle: "Thank you",
  thanksText: "Your answers have been received. You can close this page now.",
  submitOffline:
    "You seem to be offline. Your answers are kept on this phone: press Submit again when you are back online.",
  submitFailed: "Your answers could not be sent just now. They are kept on this phone: please try again in a moment.",
  missingRequired: "Some required questions have no answer yet.",
  closed: "This survey has closed, so answers can no longer be saved. Thank you for your time.",
  alreadySent: "Your answers have already been sent: thank you. They can no longer be changed.",
  actionFailed: "That did not work just now. Please check your connection and try again.",
};

const es: TRespondentMessages = {
  language: "Idioma",
  answeringAs: "Responde como: {label}",
  whatHappens: "Qué pasa con sus respuestas",
  anonymous:
    "Sus respuestas son anónimas: solo se muestran combinadas con las respuestas de varias personas más, y nadie puede ver lo que usted dijo.",
  confidential:
    "Sus respuestas son confidenciales: los informes las combinan con las de otras personas; solo unos pocos administradores pueden ver las respuestas de un círculo, para mejorar la atención.",
  start: "Empezar",
  continue: "Continuar",
  decline: "Prefiero no responder",
  loading: "Cargando las preguntas…",
  loadFailed: "No se pudieron cargar las preguntas. Compruebe su conexión e inténtelo de nuevo.",
  offlineNoCopy: "Parece que no tiene conexión. Vuelva a abrir esta página cuando tenga conexión.",
  tryAgain: "Intentar de nuevo",
  whoTitle: "¿Quién responde?",
  whoHint: "Nos ayuda a entender las respuestas. Elija una opción.",
  whoSelf: "Respondo yo, por mí mismo/a",
  whoHelped: "Respondo yo, con la ayuda de otra persona",
  whoProxy: "Otra persona responde en mi nombre",
  whoRequired: "Elija quién responde",
  next: "Siguiente",
  declineTitle: "¿Prefiere no responder?",
  declineText: "No hay problema. No le enviaremos más recordatorios sobre esta encuesta.",
  declineConfirm: "Sí, prefiero no responder",
  declineCancel: "Volver",
  declinedTitle: "Gracias por decírnoslo",
  declinedText: "No le enviaremos más recordatorios sobre esta encuesta.",
  declinedChangeMind: "Si cambia de opinión, aún puede responder: vuelva a abrir su enlace.",
  thanksTitle: "Gracias",
  thanksText: "Hemos recibido sus respuestas. Ya puede cerrar esta página.",
  submitOffline:
    "Parece que no tiene conexión. Sus respuestas se guardan en este teléfono: pulse Enviar de nuevo cuando vuelva a tener conexión.",
  submitFailed: "No se pudieron enviar sus respuestas ahora. Se guardan en este teléfono: inténtelo de nuevo en un momento.",
  missingRequired: "Algunas preguntas obligatorias aún no tienen respuesta.",
  closed: "Esta encuesta se ha cerrado y ya no se pueden guardar respuestas. Gracias por su tiempo.",
  alreadySent: "Sus respuestas ya se enviaron: gracias. Ya no se pueden cambiar.",
  actionFailed: "No ha funcionado esta vez. Compruebe su conexión e inténtelo de nuevo.",
};

const fr: TRespondentMessages = {
  language: "Langue",
  answeringAs: "Vous répondez en tant que : {label}",
  whatHappens: "Ce que deviennent vos réponses",
  anonymous:
    "Vos réponses sont anonymes : elles ne sont jamais montrées qu’avec celles de plusieurs autres personnes, et personne ne peut voir ce que vous avez dit.",
  confidential:
    "Vos réponses sont confidentielles : les rapports les regroupent avec celles d’autres personnes ; seuls quelques administrateurs peuvent voir les réponses d’un cercle, pour améliorer les soins.",
  start: "Commencer",
  continue: "Continuer",
  decline: "Je préfère ne pas répondre",
  loading: "Chargement des questions…",
  loadFailed: "Les questions n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.",
  offlineNoCopy: "Vous semblez hors ligne. Rouvrez cette page lorsque vous aurez une connexion.",
  tryAgain: "Réessayer",
  whoTitle: "Qui répond ?",
  whoHint: "Cela nous aide à comprendre les réponses. Choisissez une option.",
  whoSelf: "Je réponds pour moi-même",
  whoHelped: "Je réponds, avec l’aide de quelqu’un",
  whoProxy: "Quelqu’un d’autre répond pour moi",
  whoRequired: "Veuillez choisir qui répond",
  next: "Suivant",
  declineTitle: "Vous préférez ne pas répondre ?",
  declineText: "Aucun problème. Nous ne vous enverrons plus de rappels au sujet de ce questionnaire.",
  declineConfirm: "Oui, je préfère ne pas répondre",
  declineCancel: "Retour",
  declinedTitle: "Merci de nous l’avoir dit",
  declinedText: "Nous ne vous enverrons plus de rappels au sujet de ce questionnaire.",
  declinedChangeMind: "Si vous changez d’avis, vous pouvez encore répondre : rouvrez votre lien.",
  thanksTitle: "Merci",
  thanksText: "Vos réponses ont bien été reçues. Vous pouvez fermer cette page.",
  submitOffline:
    "Vous semblez hors ligne. Vos réponses sont gardées sur ce téléphone : appuyez à nouveau sur Envoyer une fois la connexion revenue.",
  submitFailed: "Vos réponses n’ont pas pu être envoyées pour l’instant. Elles sont gardées sur ce téléphone : réessayez dans un instant.",
  missingRequired: "Certaines questions obligatoires n’ont pas encore de réponse.",
  closed: "Ce questionnaire est clos : les réponses ne peuvent plus être enregistrées. Merci de votre temps.",
  alreadySent: "Vos réponses ont déjà été envoyées : merci. Elles ne peuvent plus être modifiées.",
  actionFailed: "Cela n’a pas fonctionné. Vérifiez votre connexion et réessayez.",
};

const de: TRespondentMessages = {
  language: "Sprache",
  answeringAs: "Sie antworten als: {label}",
  whatHappens: "Was mit Ihren Antworten geschieht",
  anonymous:
    "Ihre Antworten sind anonym: Sie werden nur zusammen mit den Antworten mehrerer anderer Personen gezeigt, und niemand kann sehen, was Sie gesagt haben.",
  confidential:
    "Ihre Antworten sind vertraulich: Berichte fassen sie mit den Antworten anderer zusammen; nur wenige Administratoren können die Antworten eines Kreises sehen, um die Versorgung zu verbessern.",
  start: "Beginnen",
  continue: "Fortsetzen",
  decline: "Ich möchte lieber nicht antworten",
  loading: "Die Fragen werden geladen…",
  loadFailed: "Die Fragen konnten nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  offlineNoCopy: "Sie scheinen offline zu sein. Bitte öffnen Sie diese Seite erneut, wenn Sie eine Verbindung haben.",
  tryAgain: "Erneut versuchen",
  whoTitle: "Wer antwortet?",
  whoHint: "Das hilft uns, die Antworten zu verstehen. Wählen Sie eine Möglichkeit.",
  whoSelf: "Ich antworte für mich selbst",
  whoHelped: "Ich antworte, mit Hilfe einer anderen Person",
  whoProxy: "Jemand anderes antwortet für mich",
  whoRequired: "Bitte wählen Sie, wer antwortet",
  next: "Weiter",
  declineTitle: "Möchten Sie lieber nicht antworten?",
  declineText: "Das ist in Ordnung. Wir senden Ihnen keine Erinnerungen mehr zu dieser Umfrage.",
  declineConfirm: "Ja, lieber nicht",
  declineCancel: "Zurück",
  declinedTitle: "Danke, dass Sie uns Bescheid geben",
  declinedText: "Wir senden Ihnen keine Erinnerungen mehr zu dieser Umfrage.",
  declinedChangeMind: "Wenn Sie es sich anders überlegen, können Sie trotzdem antworten: Öffnen Sie Ihren Link erneut.",
  thanksTitle: "Vielen Dank",
  thanksText: "Ihre Antworten sind angekommen. Sie können diese Seite jetzt schließen.",
  submitOffline:
    "Sie scheinen offline zu sein. Ihre Antworten bleiben auf diesem Telefon: Tippen Sie erneut auf Absenden, wenn Sie wieder online sind.",
  submitFailed: "Ihre Antworten konnten gerade nicht gesendet werden. Sie bleiben auf diesem Telefon: Bitte versuchen Sie es gleich noch einmal.",
  missingRequired: "Einige Pflichtfragen sind noch nicht beantwortet.",
  closed: "Diese Umfrage ist beendet, Antworten können nicht mehr gespeichert werden. Danke für Ihre Zeit.",
  alreadySent: "Ihre Antworten wurden bereits gesendet: vielen Dank. Sie können nicht mehr geändert werden.",
  actionFailed: "Das hat gerade nicht geklappt. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
};

const pt: TRespondentMessages = {
  language: "Idioma",
  answeringAs: "Está a responder como: {label}",
  whatHappens: "O que acontece às suas respostas",
  anonymous:
    "As suas respostas são anónimas: só são mostradas em conjunto com as de várias outras pessoas, e ninguém pode ver o que disse.",
  confidential:
    "As suas respostas são confidenciais: os relatórios juntam-nas às de outras pessoas; só alguns administradores podem ver as respostas de um círculo, para melhorar os cuidados.",
  start: "Começar",
  continue: "Continuar",
  decline: "Prefiro não responder",
  loading: "A carregar as perguntas…",
  loadFailed: "Não foi possível carregar as perguntas. Verifique a sua ligação e tente de novo.",
  offlineNoCopy: "Parece estar sem ligação. Abra esta página de novo quando tiver ligação.",
  tryAgain: "Tentar de novo",
  whoTitle: "Quem está a responder?",
  whoHint: "Ajuda-nos a compreender as respostas. Escolha uma opção.",
  whoSelf: "Respondo eu, por mim",
  whoHelped: "Respondo eu, com a ajuda de outra pessoa",
  whoProxy: "Outra pessoa responde por mim",
  whoRequired: "Escolha quem está a responder",
  next: "Seguinte",
  declineTitle: "Prefere não responder?",
  declineText: "Não há problema. Não lhe enviaremos mais lembretes sobre este questionário.",
  declineConfirm: "Sim, prefiro não responder",
  declineCancel: "Voltar",
  declinedTitle: "Obrigado por nos dizer",
  declinedText: "Não lhe enviaremos mais lembretes sobre este questionário.",
  declinedChangeMind: "Se mudar de ideias, ainda pode responder: abra de novo a sua ligação.",
  thanksTitle: "Obrigado",
  thanksText: "Recebemos as suas respostas. Já pode fechar esta página.",
  submitOffline:
    "Parece estar sem ligação. As suas respostas ficam guardadas neste telemóvel: toque em Enviar de novo quando voltar a ter ligação.",
  submitFailed: "Não foi possível enviar as suas respostas agora. Ficam guardadas neste telemóvel: tente de novo daqui a pouco.",
  missingRequired: "Algumas perguntas obrigatórias ainda não têm resposta.",
  closed: "Este questionário terminou e já não é possível guardar respostas. Obrigado pelo seu tempo.",
  alreadySent: "As suas respostas já foram enviadas: obrigado. Já não podem ser alteradas.",
  actionFailed: "Não resultou desta vez. Verifique a sua ligação e tente de novo.",
};

const ar: TRespondentMessages = {
  language: "اللغة",
  answeringAs: "أنت تجيب بصفتك: {label}",
  whatHappens: "ماذا يحدث لإجاباتك",
  anonymous: "إجاباتك مجهولة الهوية: لا تُعرض إلا مجمّعة مع إجابات عدة أشخاص آخرين، ولا يستطيع أحد معرفة ما قلته.",
  confidential:
    "إجاباتك سرية: تجمعها التقارير مع إجابات أشخاص آخرين، ولا يطّلع على إجابات دائرة واحدة إلا عدد قليل من المسؤولين، بهدف تحسين الرعاية.",
  start: "ابدأ",
  continue: "تابع",
  decline: "أفضّل عدم الإجابة",
  loading: "جارٍ تحميل الأسئلة…",
  loadFailed: "تعذّر تحميل الأسئلة. يرجى التحقق من الاتصال والمحاولة مرة أخرى.",
  offlineNoCopy: "يبدو أنك غير متصل. يرجى فتح هذه الصفحة مرة أخرى عند توفر الاتصال.",
  tryAgain: "حاول مرة أخرى",
  whoTitle: "من يجيب؟",
  whoHint: "يساعدنا هذا على فهم الإجابات. اختر خيارًا واحدًا.",
  whoSelf: "أجيب عن نفسي",
  whoHelped: "أجيب بنفسي بمساعدة شخص آخر",
  whoProxy: "شخص آخر يجيب نيابةً عني",
  whoRequired: "يرجى اختيار من يجيب",
  next: "التالي",
  declineTitle: "هل تفضّل عدم الإجابة؟",
  declineText: "لا بأس. لن نرسل إليك أي تذكيرات أخرى بشأن هذا الاستطلاع.",
  declineConfirm: "نعم، أفضّل عدم الإجابة",
  declineCancel: "رجوع",
  declinedTitle: "شكرًا لإخبارنا",
  declinedText: "لن نرسل إليك أي تذكيرات أخرى بشأن هذا الاستطلاع.",
  declinedChangeMind: "إذا غيّرت رأيك، يمكنك الإجابة لاحقًا: افتح الرابط الخاص بك مرة أخرى.",
  thanksTitle: "شكرًا لك",
  thanksText: "تم استلام إجاباتك. يمكنك إغلاق هذه الصفحة الآن.",
  submitOffline: "يبدو أنك غير متصل. إجاباتك محفوظة على هذا الهاتف: اضغط «إرسال» مرة أخرى عند عودة الاتصال.",
  submitFailed: "تعذّر إرسال إجاباتك الآن. إنها محفوظة على هذا الهاتف: يرجى المحاولة بعد قليل.",
  missingRequired: "بعض الأسئلة المطلوبة لم تتم الإجابة عنها بعد.",
  closed: "أُغلق هذا الاستطلاع، ولم يعد بالإمكان حفظ الإجابات. شكرًا على وقتك.",
  alreadySent: "تم إرسال إجاباتك من قبل: شكرًا لك. لم يعد بالإمكان تغييرها.",
  actionFailed: "لم ينجح ذلك الآن. يرجى التحقق من الاتصال والمحاولة مرة أخرى.",
};

const MESSAGES: Partial<Record<TLanguage, TRespondentMessages>> = { en, es, fr, de, pt, ar };

/** The respondent pages' words for each of `languages` (English where a language has no set). */
export function respondentMessages(languages: readonly TLanguage[]): Partial<Record<TLanguage, TRespondentMessages>> {
  return Object.fromEntries(languages.map((l) => [l, MESSAGES[l] ?? en]));
}
