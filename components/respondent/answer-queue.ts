// Answers on their way to the server. Each answer is written to localStorage before it is sent and
// removed once the server has acknowledged it; unsent answers survive a reload, a crash or a dead
// battery and go out, in order, when the network is back. "Exactly once" comes from the server: it
// keeps the highest `seq` per item, so a resend after a lost acknowledgement changes nothing.
// Only item keys, answer values and sequence numbers are stored — no names, no contact details.
import type { TAnswers, TAnswerValue } from "@/lib/survey/logic";
import { ProcedureError } from "./api";

export type TEntry = { itemKey: string; value: TAnswerValue | null; seq: number };

type TStored = {
  v: 1;
  /** Not yet acknowledged, oldest first; at most one entry per item is waiting (a newer one replaces it). */
  queue: TEntry[];
  /** Every answer this phone gave, acknowledged or not, with its seq: shown again after an offline reload. */
  given: Record<string, [TAnswerValue | null, number]>;
};

export type TQueueStatus = {
  /** Answers not yet acknowledged. */
  pending: number;
  /** The last attempt could not reach the server. */
  offline: boolean;
  /** The server answered with an error worth retrying (5xx, 429). */
  serverTrouble: boolean;
  /** The last answer the server refused for good (wave closed, already submitted …); not retried. Cleared by the next acknowledged one. */
  rejected: ProcedureError | null;
  /** Answers acknowledged since the page opened. */
  acknowledged: number;
  /** This phone holds answers given here (sent or not) that are not known to be on the server. */
  held: boolean;
};

const MAX_BACKOFF_MS = 30_000;

function empty(): TStored {
  return { v: 1, queue: [], given: {} };
}

function read(key: string): TStored {
  try {
    const parsed = JSON.parse(localStorage.getItem(key) ?? "null") as TStored | null;
    if (parsed?.v === 1 && Array.isArray(parsed.queue) && parsed.given && typeof parsed.given === "object") return parsed;
  } catch {
    // Unreadable or blocked storage: start empty rather than fail.
  }
  return empty();
}

export class AnswerQueue {
  private stored: TStored;
  /** The highest seq known per item (the server's and this phone's): the next one must be above it. */
  private known: Record<string, number> = {};
  private running: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private backoffMs = 0;
  private listeners = new Set<() => void>();
  status: TQueueStatus;

  constructor(
    private readonly storageKey: string,
    private readonly send: (entry: TEntry) => Promise<unknown>,
  ) {
    this.stored = read(storageKey);
    for (const [itemKey, [, seq]] of Object.entries(this.stored.given)) this.known[itemKey] = seq;
    this.status = {
      pending: this.stored.queue.length,
      offline: false,
      serverTrouble: false,
      rejected: null,
      acknowledged: 0,
      held: Object.keys(this.stored.given).length > 0,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(patch: Partial<TQueueStatus>) {
    this.status = { ...this.status, ...patch, pending: this.stored.queue.length, held: Object.keys(this.stored.given).length > 0 };
    for (const listener of this.listeners) listener();
  }

  private persist() {
    try {
      if (this.stored.queue.length === 0 && Object.keys(this.stored.given).length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.stored));
    } catch {
      // Full or blocked storage: the answer still goes out from memory while the page stays open.
    }
  }

  /**
   * The server's answers with this phone's newer ones on top: after an offline reload the server's
   * copy may be the service worker's older one, and answers given since then are only here.
   */
  merge(server: { answers: TAnswers; sequence: Record<string, number> }): TAnswers {
    const answers: TAnswers = { ...server.answers };
    let pruned = false;
    for (const [itemKey, seq] of Object.entries(server.sequence)) this.known[itemKey] = Math.max(this.known[itemKey] ?? 0, seq);
    for (const [itemKey, [value, seq]] of Object.entries(this.stored.given)) {
      const serverSeq = server.sequence[itemKey] ?? 0;
      if (seq > serverSeq) {
        if (value === null) delete answers[itemKey];
        else answers[itemKey] = value;
      } else if (!this.stored.queue.some((e) => e.itemKey === itemKey)) {
        // The server has this answer (or a newer one from another device): no need to keep it here.
        delete this.stored.given[itemKey];
        pruned = true;
      }
    }
    if (pruned) {
      this.persist();
      this.emit({});
    }
    return answers;
  }

  /** Records an answer (null clears it) and starts sending. */
  give(itemKey: string, value: TAnswerValue | null) {
    const last = this.stored.given[itemKey];
    if (last && JSON.stringify(last[0]) === JSON.stringify(value)) return;
    const seq = Math.max(Date.now(), (this.known[itemKey] ?? 0) + 1);
    this.known[itemKey] = seq;
    // The entry being sent stays until acknowledged; a waiting one for the same item is superseded.
    const head = this.running ? this.stored.queue[0] : undefined;
    this.stored.queue = this.stored.queue.filter((e) => e.itemKey !== itemKey || e === head);
    this.stored.queue.push({ itemKey, value, seq });
    this.stored.given[itemKey] = [value, seq];
    this.persist();
    this.emit({});
    void this.flush();
  }

  /** Sends what is waiting, one at a time, in order. Resolves when the queue is empty or sending has to wait. */
  flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Sends everything now; true when the server has acknowledged every answer. */
  async drain(): Promise<boolean> {
    this.backoffMs = 0;
    await this.flush();
    // Answers given while the last one was on its way were sent by the same run.
    return this.stored.queue.length === 0;
  }

  /** Called when the browser says it is back online: retry now rather than after the backoff. */
  retryNow() {
    this.backoffMs = 0;
    void this.flush();
  }

  private async run() {
    let entry: TEntry | undefined;
    while ((entry = this.stored.queue[0])) {
      this.emit({});
      try {
        await this.send(entry);
      } catch (err) {
        const error = err instanceof ProcedureError ? err : new ProcedureError(String(err), "NETWORK", 0);
        if (error.retryable) {
          this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs ? this.backoffMs * 2 : 1000);
          // A little jitter, so phones on a ward's recovering Wi-Fi do not all retry at the same moment.
          this.retryTimer = setTimeout(() => void this.flush(), this.backoffMs * (0.8 + Math.random() * 0.4));
          this.emit({ offline: error.status === 0, serverTrouble: error.status !== 0 });
          return;
        }
        // Refused for good: keep the answer on screen, say why, and go on with the others.
        this.remove(entry);
        this.emit({ rejected: error, offline: false, serverTrouble: false });
        continue;
      }
      this.backoffMs = 0;
      this.remove(entry);
      this.emit({ offline: false, serverTrouble: false, rejected: null, acknowledged: this.status.acknowledged + 1 });
    }
  }

  private remove(entry: TEntry) {
    this.stored.queue = this.stored.queue.filter((e) => !(e.itemKey === entry.itemKey && e.seq === entry.seq));
    this.persist();
  }

  /** After submitting (or declining): nothing of these answers stays on the phone. */
  clear() {
    clearTimeout(this.retryTimer);
    this.stored = empty();
    try {
      localStorage.removeItem(this.storageKey);
    } catch {
      // Nothing to remove.
    }
    this.emit({ rejected: null, offline: false, serverTrouble: false });
  }

  dispose() {
    clearTimeout(this.retryTimer);
    this.listeners.clear();
  }
}
