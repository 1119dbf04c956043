"use client";
// Autosave of the draft: edits are sent ~1.5 s after the last one (or at once on leaving a field), one
// save at a time, each carrying the revision the previous one returned. A conflict stops saving until the
// user reloads; a failure is shown and retried; nothing on screen is dropped without saying so.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState, useSyncExternalStore } from "react";
import { ZSurveyDefinition, type TSurveyDefinition } from "@/lib/survey/definition";
import { useTRPC } from "@/trpc/client";
import { fromFieldErrors, type Issue } from "./issues";
import { toSavable } from "./model";
import { callError } from "./trpc-error";

const DEBOUNCE_MS = 1500;
const RETRY_MS = 5000;

export type Baseline = {
  definition: TSurveyDefinition;
  revision: number;
  updatedAt: Date;
  issues: { path: string; message: string }[];
};
type SendInput = { surveyId: string; revision: number; definition: TSurveyDefinition };
type SendResult = { revision: number; updatedAt: Date; issues: { path: string; message: string }[] };

export type SaveProblem = { kind: "failed" | "invalid" | "conflict"; message: string };
export type SaveSnapshot = {
  savedAt: Date;
  saving: boolean;
  /** Edits on screen that the server does not have yet. */
  dirty: boolean;
  problem: SaveProblem | null;
  /** Publish rules' findings (from the last save) plus structure errors and held fields. */
  issues: Issue[];
};

class DraftSaver {
  private listeners = new Set<() => void>();
  private snapshot: SaveSnapshot;
  private serverIssues: Issue[] = [];
  private invalid: Issue[] = [];
  private held: Issue[] = [];
  private latest: TSurveyDefinition;
  private saved: TSurveyDefinition;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private stopped = false;
  private send: ((input: SendInput) => Promise<SendResult>) | null = null;
  revision: number;

  constructor(
    private readonly surveyId: string,
    baseline: Baseline,
  ) {
    this.latest = this.saved = baseline.definition;
    this.revision = baseline.revision;
    this.serverIssues = baseline.issues.map((i) => ({ ...i, kind: "issue" }));
    this.snapshot = { savedAt: baseline.updatedAt, saving: false, dirty: false, problem: null, issues: this.serverIssues };
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;

  private emit(patch: Partial<SaveSnapshot>) {
    this.snapshot = {
      ...this.snapshot,
      ...patch,
      dirty: this.latest !== this.saved,
      issues: [...this.serverIssues, ...this.invalid, ...this.held],
    };
    for (const l of this.listeners) l();
  }

  setSender(send: (input: SendInput) => Promise<SendResult>) {
    this.send = send;
  }

  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  edited(definition: TSurveyDefinition) {
    if (definition === this.latest) return;
    this.latest = definition;
    this.emit({});
    if (!this.stopped && definition !== this.saved) this.schedule(DEBOUNCE_MS);
  }

  /** Saves now what is on screen; true when the server has all of it. */
  flush = async (): Promise<boolean> => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight) await this.inFlight;
    if (this.stopped) return false;
    if (this.latest === this.saved) return this.snapshot.problem === null;
    const ok = await (this.inFlight = this.save(this.latest));
    this.inFlight = null;
    if (ok && this.latest !== this.saved && !this.stopped) return this.flush();
    return ok;
  };

  private async save(definition: TSurveyDefinition): Promise<boolean> {
    const { definition: payload, held } = toSavable(definition);
    const parsed = ZSurveyDefinition.safeParse(payload);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".")] ??= []).push(issue.message);
      this.invalid = fromFieldErrors(fieldErrors, "invalid");
      this.emit({ problem: { kind: "invalid", message: "fix the fields marked “Not saved” below." } });
      return false;
    }
    if (!this.send) return false;
    this.emit({ saving: true });
    try {
      const result = await this.send({ surveyId: this.surveyId, revision: this.revision, definition: parsed.data });
      this.revision = result.revision;
      this.saved = definition;
      this.serverIssues = result.issues.map((i) => ({ ...i, kind: "issue" }));
      this.invalid = [];
      this.held = held.map((h) => ({ ...h, kind: "held" }));
      this.emit({ saving: false, savedAt: result.updatedAt, problem: null });
      return true;
    } catch (err) {
      const e = callError(err);
      if (e.code === "CONFLICT") {
        this.stopped = true;
        this.emit({ saving: false, problem: { kind: "conflict", message: e.message } });
      } else if (e.code === "BAD_REQUEST") {
        this.invalid = fromFieldErrors(e.fieldErrors, "invalid");
        this.emit({ saving: false, problem: { kind: "invalid", message: e.message } });
      } else {
        this.emit({ saving: false, problem: { kind: "failed", message: `${e.message} Trying again shortly…` } });
        this.schedule(RETRY_MS);
      }
      return false;
    }
  }

  /** Takes the server's copy as the new starting point (after a conflict, on the user's request). */
  reset = (baseline: Baseline) => {
    if (this.timer) clearTimeout(this.timer);
    this.stopped = false;
    this.latest = this.saved = baseline.definition;
    this.revision = baseline.revision;
    this.serverIssues = baseline.issues.map((i) => ({ ...i, kind: "issue" }));
    this.invalid = [];
    this.held = [];
    this.emit({ savedAt: baseline.updatedAt, problem: null, saving: false });
  };

  /** Publish results replace the issue list until the next save. */
  showIssues(issues: Issue[]) {
    this.serverIssues = issues;
    this.emit({});
  }

  hasUnsaved() {
    return this.latest !== this.saved || this.held.length > 0;
  }

  dispose() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

export function useAutosave(surveyId: string, baseline: Baseline, definition: TSurveyDefinition) {
  const trpc = useTRPC();
  const { mutateAsync } = useMutation(trpc.survey.saveDraft.mutationOptions());
  const [saver] = useState(() => new DraftSaver(surveyId, baseline));
  useEffect(() => saver.setSender(mutateAsync), [saver, mutateAsync]);
  useEffect(() => saver.edited(definition), [saver, definition]);
  useEffect(() => {
    // Leaving the page with edits the server does not have yet asks first.
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.hasUnsaved()) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      saver.dispose();
    };
  }, [saver]);
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot, saver.getSnapshot);
  return { ...snapshot, saver };
}
