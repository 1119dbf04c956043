// The respondent's procedures over plain fetch: no tRPC client, no query cache and no zod on the phone.
// tRPC's HTTP shape with the superjson transformer: a body is `{"json": input}`, a result
// `{"result":{"data":{"json": output}}}`, an error `{"error":{"json":{"message","data":{"code"}}}}`.
// These outputs carry no dates, maps or other values superjson would need its `meta` for.
import type { inferRouterOutputs } from "@trpc/server";
import type { TAnswerValue } from "@/lib/survey/logic";
import type { AppRouter } from "@/server/root";

type TOutputs = inferRouterOutputs<AppRouter>["response"];
export type TResponseData = TOutputs["get"];
export type TSaveResult = TOutputs["saveAnswer"];
type TRespondentOutputs = inferRouterOutputs<AppRouter>["respondent"];
export type TCompanions = TRespondentOutputs["listCompanions"];
export type TInvitedCompanion = TRespondentOutputs["inviteCompanion"];

/** Where the page keeps no copy of its own: the service worker's cache of it (public/sw.js). */
export const OFFLINE_CACHE = "circles-respondent-v1";
export const RESPONSE_GET_PATH = "/api/trpc/response.get";

export class ProcedureError extends Error {
  constructor(
    message: string,
    /** The tRPC code (`BAD_REQUEST`, `PRECONDITION_FAILED` …), or `NETWORK` when no answer came back. */
    readonly code: string,
    /** The HTTP status; 0 when the request never reached the server. */
    readonly status: number,
    /** Field-level problems the server named (`{ contact: ["…"] }`), when it named any. */
    readonly fieldErrors: Record<string, string[]> | null = null,
  ) {
    super(message);
  }

  /** Worth sending again later: the network or the server failed, not the request itself. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

type TEnvelope<T> = {
  result?: { data?: { json?: T } };
  error?: { json?: { message?: string; data?: { code?: string; fieldErrors?: Record<string, string[]> | null } } };
};

export async function call<T>(path: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/trpc/${path}`, { credentials: "same-origin", cache: "no-store", ...init });
  } catch {
    throw new ProcedureError("The network is not available.", "NETWORK", 0);
  }
  // A proxy's or a dead server's HTML error page is not JSON: the status still tells what happened.
  const body = (await res.json().catch(() => null)) as TEnvelope<T> | null;
  if (res.ok && body?.result?.data) return body.result.data.json as T;
  const error = body?.error?.json;
  throw new ProcedureError(
    error?.message ?? `The server answered ${res.status}.`,
    error?.data?.code ?? "HTTP",
    res.status,
    error?.data?.fieldErrors ?? null,
  );
}

export function mutate<T>(path: string, input: unknown = null, keepalive = false): Promise<T> {
  return call<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: input }),
    // A save started as the page is closed still reaches the server.
    keepalive,
  });
}

/** The survey, the respondent's perspective and their answers so far (the service worker keeps a copy for offline reloads). */
export function getResponse(): Promise<TResponseData> {
  return call<TResponseData>("response.get", { method: "GET" });
}

/** One answer (null clears it); the server keeps the highest `seq` per item, so sending it twice is harmless. */
export function saveAnswer(input: { itemKey: string; value: TAnswerValue | null; seq: number }): Promise<TSaveResult> {
  return mutate<TSaveResult>("response.saveAnswer", input, true);
}

/** Idempotent: submitting again answers the same. BAD_REQUEST while a required visible question has no answer. */
export function submitResponse(): Promise<{ submitted: true }> {
  return mutate("response.submit");
}

/** For the primary: who is answering. Sent when chosen and again just before submitting. */
export function setAnsweredBy(answeredBy: "self" | "helped" | "proxy"): Promise<{ answeredBy: string }> {
  return mutate("response.setAnsweredBy", { answeredBy });
}

export function declineResponse(): Promise<{ declined: true }> {
  return mutate("response.decline");
}

