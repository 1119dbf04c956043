// Serves tRPC over HTTP: body size limit, error logging, then the router. Two ways in:
// - handleTrpcRequest: any call, as a fetch Request (the App Router route in `next dev`, and the
//   production server for what the fast path leaves);
// - answerSingleCall: the production server's fast path (scripts/server.ts) for the calls the app makes
//   most, answered exactly as tRPC's fetch adapter answers them (server/http.test.ts compares the two).
import {
  callTRPCProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  TRPCError,
  type TRPCProcedureType,
} from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { Context } from "./context";
import { logger } from "./logger";
import { appRouter } from "./root";

export const MAX_BODY_BYTES = 1_000_000;
/** Circle imports carry a whole CSV file. */
const LARGE_BODY_PROCEDURES = ["circle.importPreview", "circle.import"];
export const MAX_LARGE_BODY_BYTES = 21 * 1024 * 1024;
const ENDPOINT = "/api/trpc";
/** Every tRPC answer: people's data, never kept by a browser or a proxy, never sniffed as another type. */
const ANSWER_HEADERS: [string, string][] = [
  ["cache-control", "no-store"],
  ["x-content-type-options", "nosniff"],
];

function bodyLimitFor(procedures: string[]): number {
  return procedures.every((p) => LARGE_BODY_PROCEDURES.includes(p)) ? MAX_LARGE_BODY_BYTES : MAX_BODY_BYTES;
}

/** The full error stays on the server; clients get only what the error formatter lets through. */
function logFailure({ error, path, type }: { error: TRPCError; path: string | undefined; type: string }) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    logger.error({ err: error.cause ?? error, path, type }, "procedure failed");
  }
}

export async function handleTrpcRequest(
  req: Request,
  createContext: (opts: { req: Request; resHeaders: Headers }) => Promise<Context>,
): Promise<Response> {
  const length = Number(req.headers.get("content-length") ?? 0);
  const path = new URL(req.url).pathname.split("/").pop() ?? "";
  const limit = bodyLimitFor(path.split(","));
  if (length > limit) {
    return Response.json(
      { error: { message: `The request is too large (at most ${limit} bytes).`, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
      { status: 413 },
    );
  }
  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createContext({ req, resHeaders }),
    responseMeta: () => ({ headers: new Headers(ANSWER_HEADERS) }),
    onError: logFailure,
  });
}

/** An HTTP request as the production server has it: its target, its headers, its body read whole. */
export type TrpcHttpRequest = {
  method: string;
  /** The request target: path and query, e.g. `/api/trpc/response.get?input=…`. */
  url: string;
  /** A request header by its lower-case name. */
  header: (name: string) => string | undefined;
  body: Buffer;
};

export type TrpcReply = { status: number; headers: [string, string][]; body: string };

const config = appRouter._def._config;
/** Every procedure by its dotted path (tRPC keeps them flat at run time). */
const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: TRPCProcedureType } }>;
/** Decodes as a fetch body's json() does (UTF-8, a byte order mark dropped). */
const utf8 = new TextDecoder();

/**
 * The fast path: one procedure, not batched, a query by GET or a mutation by POST with a JSON body —
 * every call of the respondent's page (staff screens batch theirs). Through the same router, middleware
 * and error formatter, and answered with the status, headers and body tRPC's fetch adapter would give,
 * but without that adapter's per-call machinery (a Request and a Response, three abort controllers and
 * signals, object spreads), which was about a quarter of the server's CPU time per saved answer. null:
 * any other call (batches, streams, other content types, unknown procedures, wrong methods, bodies past
 * the limit), for handleTrpcRequest, which answers it, or refuses it with tRPC's own error.
 */
export async function answerSingleCall(
  request: TrpcHttpRequest,
  createContext: (resHeaders: Headers) => Promise<Context>,
): Promise<TrpcReply | null> {
  const { method, url, header, body } = request;
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (!pathname.startsWith(`${ENDPOINT}/`)) return null;
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(ENDPOINT.length + 1).replace(/\/$/, ""));
  } catch {
    return null;
  }
  if (!Object.hasOwn(procedures, path)) return null;
  const type = procedures[path]!._def.type;
  const search = queryAt === -1 ? null : new URLSearchParams(url.slice(queryAt + 1));
  if (search?.has("batch") || search?.has("connectionParams")) return null;
  if (header("trpc-accept") !== undefined || /(^|,)\s*application\/jsonl\s*(,|$)/.test(header("accept") ?? "")) return null;
  const contentType = header("content-type")?.toLowerCase().split(";", 1)[0]?.trim();
  let text: string | null;
  if (method === "GET" && type === "query" && (contentType === undefined || contentType === "application/json")) {
    text = search?.get("input") ?? null;
  } else if (method === "POST" && type === "mutation" && contentType === "application/json" && body.length <= bodyLimitFor([path])) {
    text = utf8.decode(body);
  } else {
    return null;
  }

  // The input is read when the procedure asks for it (as tRPC does), once; unreadable input is a 400.
  let input: unknown;
  let inputRead = false;
  let reading: Promise<unknown> | undefined;
  const getRawInput = () =>
    (reading ??= (async () => {
      try {
        input = text === null ? undefined : config.transformer.input.deserialize(JSON.parse(text));
        inputRead = true;
        return input;
      } catch (cause) {
        throw new TRPCError({ code: "BAD_REQUEST", message: cause instanceof Error ? cause.message : "Invalid input", cause });
      }
    })());

  const resHeaders = new Headers();
  let ctx: Context | undefined;
  let response: { result: { data: unknown } } | { error: ReturnType<typeof getErrorShape> };
  try {
    ctx = await createContext(resHeaders);
    const data = await callTRPCProcedure({ router: appRouter, path, getRawInput, ctx, type, signal: undefined, batchIndex: 0 });
    response = { result: { data } };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    logFailure({ error, path, type });
    response = { error: getErrorShape({ config, ctx, error, input: inputRead ? input : undefined, path, type }) };
  }
  if ("result" in response && isDataStream(response.result.data)) {
    // Refused after the call, as tRPC refuses it: without path or input.
    const error = new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink" });
    logFailure({ error, path: undefined, type });
    response = { error: getErrorShape({ config, ctx, error, input: undefined, path: undefined, type }) };
  }
  return {
    status: getHTTPStatusCode([response]),
    headers: [["vary", "trpc-accept, accept"], ["content-type", "application/json"], ...ANSWER_HEADERS, ...resHeaders],
    body: JSON.stringify(transformTRPCResponse(config, response)),
  };
}

// What tRPC (resolveResponse) refuses to send outside a streaming call: an async iterable, or an object
// holding a promise or an async iterable.
const isObject = (v: unknown): v is object => !!v && !Array.isArray(v) && typeof v === "object";
const isAsyncIterable = (v: unknown) => isObject(v) && Symbol.asyncIterator in v;
const isPromise = (v: unknown) =>
  (isObject(v) || typeof v === "function") &&
  typeof (v as Promise<unknown>).then === "function" &&
  typeof (v as Promise<unknown>).catch === "function";
function isDataStream(v: unknown): boolean {
  if (!isObject(v)) return false;
  return isAsyncIterable(v) || Object.values(v).some(isPromise) || Object.values(v).some(isAsyncIterable);
}
