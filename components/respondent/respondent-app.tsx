"use client";
// The respondent's pages after the link, on one address (/r) so that one offline copy serves them all:
// welcome → who is answering (primary only) → the survey, each answer saved as it is given → thanks;
// or "I'd rather not" → confirm → declined. Which screen was open survives a reload (sessionStorage).
import { lazy, Suspense, useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { IntlProvider, useTranslations } from "use-intl";
import { SurveyForm, type TSaveState } from "@/components/survey/survey-form";
import { textDirection, type TLanguage } from "@/lib/survey/languages";
import { hasAnswer, pagesFor, type TAnswers, type TAnswerValue } from "@/lib/survey/logic";
import { AnsweredByScreen, type TAnsweredBy } from "./answered-by-screen";
import { AnswerQueue, type TQueueStatus } from "./answer-queue";
import { declineResponse, getResponse, ProcedureError, saveAnswer, setAnsweredBy as sendAnsweredBy, submitResponse, type TResponseData } from "./api";
import type { TRespondentClientMessages } from "@/messages/respondent/catalogs";
import { forgetOfflineCopy, keepOfflineCopy, rememberOfflineText } from "./offline";
import { PRIMARY_BUTTON, SECONDARY_BUTTON, WelcomeScreen, type TWelcomeText } from "./welcome-screen";

type TStage = "welcome" | "who" | "survey" | "confirmDecline" | "declined" | "thanks";
/** What a reload restores; only the screen and choices, never answers (those are in the queue's storage). */
type TSession = { stage: "who" | "survey"; language: TLanguage; answeredBy: TAnsweredBy | null };

const TYPING_DEBOUNCE_MS = 800;

export type TRespondentAppProps = TWelcomeText & {
  /** Derived on the server from the link (never the link itself): names this respondent's storage on the phone. */
  storageKey: string;
  isPrimary: boolean;
  initialLanguage: TLanguage;
  /** Answers were saved before (the server says so). */
  started: boolean;
  completed: boolean;
  /** The wave lets respondents invite companions after submitting ("Who else was with you?"). */
  companionInvites: boolean;
  /** The respondent catalogs (messages/respondent) of the survey's languages only. */
  messages: Partial<Record<TLanguage, TRespondentClientMessages>>;
};

// "Who else was with you?" and its QR codes load only once the survey is under way: the welcome screen
// (and the bench's page weight) carries none of it, and it is in the phone's copy before it is needed.
const loadCompanions = () => import("./companions-section");
const CompanionsSection = lazy(() => loadCompanions().then((module) => ({ default: module.CompanionsSection })));

// One queue per respondent link for the page's lifetime, outside React so renders never recreate it.
const queues = new Map<string, AnswerQueue>();
function queueFor(storageKey: string): AnswerQueue {
  let queue = queues.get(storageKey);
  if (!queue) {
    queue = new AnswerQueue(`circles.answers.${storageKey}`, saveAnswer);
    queues.set(storageKey, queue);
  }
  return queue;
}

const SERVER_STATUS: TQueueStatus = { pending: 0, offline: false, serverTrouble: false, rejected: null, acknowledged: 0, held: false };

function saveStateOf(status: TQueueStatus): TSaveState {
  if (status.pending > 0) return status.offline ? "savedOnDevice" : status.serverTrouble ? "error" : "saving";
  return status.acknowledged > 0 ? "saved" : "idle";
}

function readSession(key: string): TSession | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? "null") as TSession | null;
  } catch {
    return null;
  }
}

function writeSession(key: string, session: TSession | null) {
  try {
    if (session) sessionStorage.setItem(key, JSON.stringify(session));
    else sessionStorage.removeItem(key);
  } catch {
    // Blocked storage: a reload starts at the welcome screen, answers are still kept.
  }
}

/** Resume where they stopped: the first page with an unanswered visible question (else the last page). */
function resumePage(data: TResponseData, answers: TAnswers): number | undefined {
  const pages = pagesFor(data.definition, data.perspectiveKey, answers);
  return (pages.find((p) => p.items.some((item) => !hasAnswer(answers[item.key]))) ?? pages.at(-1))?.page;
}

/** The respondent's words come from the catalog of the language they chose, switched in place. */
export function RespondentApp(props: TRespondentAppProps) {
  const [language, setLanguage] = useState<TLanguage>(props.initialLanguage);
  const messages = props.messages[language] ?? props.messages[props.defaultLanguage] ?? Object.values(props.messages)[0]!;
  return (
    // No dates or times are shown; a fixed zone keeps the server's and the phone's rendering identical.
    <IntlProvider locale={language} messages={messages} timeZone="UTC">
      <RespondentFlow {...props} language={language} setLanguage={setLanguage} />
    </IntlProvider>
  );
}

function RespondentFlow({
  language,
  setLanguage,
  ...props
}: TRespondentAppProps & { language: TLanguage; setLanguage: (language: TLanguage) => void }) {
  const { storageKey, languages, defaultLanguage } = props;
  const t = useTranslations("respondent");
  const sessionKey = `circles.screen.${storageKey}`;
  const [stage, setStage] = useState<TStage>(props.completed ? "thanks" : "welcome");
  const [answeredBy, setAnsweredBy] = useState<TAnsweredBy | null>(null);
  const [data, setData] = useState<TResponseData | null>(null);
  const [loadError, setLoadError] = useState<ProcedureError | null>(null);
  const [answers, setAnswers] = useState<TAnswers>({});
  const [initialPage, setInitialPage] = useState<number | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const documentTitle = t("documentTitle");
  const offlineTitle = t("offlineTitle");
  const offlineText = t("offlineText");
  // The tab's title follows the language chosen on the page (the server wrote it in the first one), and
  // so does the page the phone shows when a respondent page cannot be reached without signal.
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  useEffect(() => {
    rememberOfflineText({ lang: language, dir: textDirection(language), title: offlineTitle, text: offlineText });
  }, [language, offlineTitle, offlineText]);
  const [declining, setDeclining] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const typing = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; value: TAnswerValue | null }>());
  const restored = useRef(false);
  const firstStage = useRef(true);

  const subscribe = useCallback((onChange: () => void) => queueFor(storageKey).subscribe(onChange), [storageKey]);
  const snapshot = useCallback(() => queueFor(storageKey).status, [storageKey]);
  const status = useSyncExternalStore(subscribe, snapshot, () => SERVER_STATUS);

  // Data, offline copy and sending: once per page.
  useEffect(() => {
    const queue = queueFor(storageKey);
    if (props.completed) {
      // Submitted (here or on another device): nothing of the answers stays on this phone.
      queue.clear();
      writeSession(sessionKey, null);
      void forgetOfflineCopy();
      return;
    }
    keepOfflineCopy();
    load();
    void queue.flush();
    const online = () => queue.retryNow();
    const visibility = () => {
      if (document.visibilityState === "hidden") commitTyping();
      else queue.retryNow();
    };
    window.addEventListener("online", online);
    window.addEventListener("pagehide", commitTyping);
    document.addEventListener("visibilitychange", visibility);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("pagehide", commitTyping);
      document.removeEventListener("visibilitychange", visibility);
    };
    // Runs once: storageKey and completed do not change during the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A new screen: its heading takes the focus, so screen readers start there and the page scrolls to the top.
  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [stage]);

  // Fetch the companions screen's code while the survey is answered (see loadCompanions).
  useEffect(() => {
    if (props.companionInvites && stage === "survey") void loadCompanions().catch(() => {});
  }, [props.companionInvites, stage]);

  // A refused save (wave closed, answers already sent …) is said in the form; a lost link goes to its page.
  useEffect(() => {
    if (status.rejected?.code === "UNAUTHORIZED") window.location.replace("/r/invalid");
  }, [status.rejected]);

  function load() {
    setLoadError(null);
    getResponse().then(
      (loaded) => {
        if (loaded.submitted) return finish("thanks");
        if (!loaded.waveOpen) return window.location.replace("/r/closed");
        const merged = queueFor(storageKey).merge(loaded);
        setData(loaded);
        setAnswers(merged);
        setInitialPage(resumePage(loaded, merged));
        restore(loaded.answeredBy);
      },
      (err: unknown) => {
        const error = err instanceof ProcedureError ? err : new ProcedureError(String(err), "NETWORK", 0);
        if (error.code === "UNAUTHORIZED") return window.location.replace("/r/invalid");
        if (error.code === "PRECONDITION_FAILED") return window.location.replace("/r/closed");
        setLoadError(error);
        restore(null);
      },
    );
  }

  /** After a reload: back to the screen and choices of before. */
  function restore(storedAnsweredBy: string | null) {
    const known = isAnsweredBy(storedAnsweredBy) ? storedAnsweredBy : null;
    if (restored.current) return;
    restored.current = true;
    const session = readSession(sessionKey);
    if (known) setAnsweredBy(known);
    if (!session) return;
    if (languages.includes(session.language)) setLanguage(session.language);
    if (session.answeredBy) setAnsweredBy(session.answeredBy);
    setStage(session.stage === "who" && !session.answeredBy && !known ? "who" : "survey");
  }

  function go(next: TStage, choices: { language?: TLanguage; answeredBy?: TAnsweredBy | null } = {}) {
    setActionError(null);
    setStage(next);
    const session: TSession | null =
      next === "who" || next === "survey"
        ? { stage: next, language: choices.language ?? language, answeredBy: choices.answeredBy ?? answeredBy }
        : null;
    writeSession(sessionKey, session);
  }

  function start() {
    go(props.isPrimary && !answeredBy ? "who" : "survey");
  }

  function commitTyping() {
    const queue = queueFor(storageKey);
    for (const [itemKey, { timer, value }] of typing.current) {
      clearTimeout(timer);
      queue.give(itemKey, value);
    }
    typing.current.clear();
  }

  function answer(itemKey: string, value: TAnswerValue | undefined, { committed }: { committed: boolean }) {
    setAnswers((current) => {
      const next = { ...current };
      if (value === undefined) delete next[itemKey];
      else next[itemKey] = value;
      return next;
    });
    const queue = queueFor(storageKey);
    const waiting = typing.current.get(itemKey);
    if (waiting) clearTimeout(waiting.timer);
    if (committed) {
      typing.current.delete(itemKey);
      queue.give(itemKey, value ?? null);
      return;
    }
    const timer = setTimeout(() => {
      typing.current.delete(itemKey);
      queue.give(itemKey, value ?? null);
    }, TYPING_DEBOUNCE_MS);
    typing.current.set(itemKey, { timer, value: value ?? null });
  }

  /** Words for a refused or failed call, in the respondent's language where we know the case. */
  function describe(err: unknown, submitting: boolean): string {
    const error = err instanceof ProcedureError ? err : new ProcedureError(String(err), "NETWORK", 0);
    if (error.code === "UNAUTHORIZED") window.location.replace("/r/invalid");
    if (error.status === 0) return submitting ? t("submitOffline") : t("actionFailed");
    if (error.retryable) return submitting ? t("submitFailed") : t("actionFailed");
    if (error.code === "PRECONDITION_FAILED") return t("closed");
    if (error.code === "CONFLICT") return t("alreadySent");
    if (error.code === "BAD_REQUEST" && submitting) return t("missingRequired");
    return error.message;
  }

  async function submit() {
    if (submitting) return;
    setSubmitting(true);
    setActionError(null);
    commitTyping();
    const queue = queueFor(storageKey);
    if (!(await queue.drain())) {
      setActionError(queue.status.offline ? t("submitOffline") : t("submitFailed"));
      setSubmitting(false);
      return;
    }
    try {
      if (props.isPrimary && answeredBy) await sendAnsweredBy(answeredBy);
      await submitResponse();
    } catch (err) {
      setActionError(describe(err, true));
      setSubmitting(false);
      return;
    }
    setSubmitting(false);
    await finish("thanks");
  }

  async function decline() {
    if (declining) return;
    setDeclining(true);
    setActionError(null);
    try {
      await declineResponse();
    } catch (err) {
      setActionError(describe(err, false));
      setDeclining(false);
      return;
    }
    setDeclining(false);
    await finish("declined");
  }

  /** Sent or declined: the answers, the screen and the offline copy leave the phone. */
  async function finish(next: "thanks" | "declined") {
    for (const { timer } of typing.current.values()) clearTimeout(timer);
    typing.current.clear();
    queueFor(storageKey).clear();
    writeSession(sessionKey, null);
    await forgetOfflineCopy();
    setStage(next);
  }

  const rejected = status.rejected && status.rejected.code !== "UNAUTHORIZED" ? describe(status.rejected, false) : null;
  const resuming = props.started || status.held || (data !== null && Object.keys(data.answers).length > 0);

  return (
    <main lang={language} dir={textDirection(language)} className="text-start">
      {stage === "welcome" && (
        <WelcomeScreen
          text={props}
          language={language}
          onLanguage={setLanguage}
          resuming={resuming}
          onStart={start}
          onDecline={() => go("confirmDecline")}
          headingRef={headingRef}
        />
      )}

      {stage === "who" && (
        <AnsweredByScreen
          value={answeredBy}
          headingRef={headingRef}
          onChoose={(choice) => {
            setAnsweredBy(choice);
            // Best effort now (it may be offline); sent again before submitting.
            sendAnsweredBy(choice).catch(() => {});
            go("survey", { answeredBy: choice });
          }}
        />
      )}

      {stage === "survey" && (
        <>
          <p className="text-sm font-semibold text-brand-700">{props.organisation}</p>
          <h1 ref={headingRef} tabIndex={-1} className="mt-1 mb-6 text-xl font-semibold break-words">
            {data?.definition.name ?? props.surveyName}
          </h1>
          {data ? (
            <SurveyForm
              definition={data.definition}
              perspectiveKey={data.perspectiveKey}
              language={language}
              answers={answers}
              onAnswer={answer}
              onSubmit={() => void submit()}
              submitting={submitting}
              savedState={saveStateOf(status)}
              submitError={actionError ?? rejected}
              headingLevel={2}
              initialPage={initialPage}
            />
          ) : loadError ? (
            <div role="alert">
              <p className="text-lg">{loadError.status === 0 ? t("offlineNoCopy") : t("loadFailed")}</p>
              <button type="button" onClick={load} className={`mt-6 ${PRIMARY_BUTTON}`}>
                {t("tryAgain")}
              </button>
            </div>
          ) : (
            <p role="status" className="text-lg">
              {t("loading")}
            </p>
          )}
        </>
      )}

      {stage === "confirmDecline" && (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
            {t("declineTitle")}
          </h1>
          <p className="mt-4 text-lg">{t("declineText")}</p>
          {actionError && (
            <p role="alert" className="mt-6 rounded-lg border-2 border-rose-700 bg-rose-50 p-3 text-sm font-semibold text-rose-900">
              {actionError}
            </p>
          )}
          <div className="mt-8 flex flex-col gap-3 sm:flex-row">
            <button type="button" onClick={() => void decline()} aria-disabled={declining || undefined} className={PRIMARY_BUTTON}>
              {t("declineConfirm")}
            </button>
            <button type="button" onClick={() => go("welcome")} className={SECONDARY_BUTTON}>
              {t("declineCancel")}
            </button>
          </div>
        </>
      )}

      {stage === "declined" && (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
            {t("declinedTitle")}
          </h1>
          <p className="mt-4 text-lg">{t("declinedText")}</p>
          <p className="mt-4">{t("declinedChangeMind")}</p>
        </>
      )}

      {stage === "thanks" && (
        <>
          <p className="text-sm font-semibold text-brand-700">{props.organisation}</p>
          <h1 ref={headingRef} tabIndex={-1} className="mt-2 text-2xl font-semibold">
            {t("thanksTitle")}
          </h1>
          <p className="mt-4 text-lg">{t("thanksText")}</p>
          {props.companionInvites && (
            <Suspense fallback={null}>
              <CompanionsSection language={language} defaultLanguage={defaultLanguage} organisation={props.organisation} />
            </Suspense>
          )}
          {props.contactText && (
            <p lang={language === defaultLanguage ? undefined : defaultLanguage} className="mt-8 text-sm text-slate-700">
              {props.contactText}
            </p>
          )}
        </>
      )}
    </main>
  );
}

function isAnsweredBy(value: string | null): value is TAnsweredBy {
  return value === "self" || value === "helped" || value === "proxy";
}
