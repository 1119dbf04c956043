// `npm start`: the production server. One port: tRPC calls (/api/trpc) go straight to the tRPC handler
// (server/http.ts, the same one the App Router route uses in `next dev`), everything else to Next.js.
// Why: Next's request handling costs about a millisecond of CPU per request, which capped saving answers
// at a few hundred a second on two cores; the tRPC handler alone costs a fraction of that.
//   npm start [-- --port 3000 --hostname 0.0.0.0]   (defaults: PORT, else 3000; all interfaces)
import http from "node:http";
import Module from "node:module";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzip } from "node:zlib";
import next from "next";
import type { Context } from "../server/context";

const gzipAsync = promisify(gzip);
/** Smaller bodies are not worth compressing (response.get, a whole survey, is ~10 KB). */
const MIN_GZIP_BYTES = 1024;
const EMPTY_BODY: Buffer = Buffer.alloc(0);

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = args.hostname;

/**
 * Server modules `import "server-only"` so that a bundler keeps them out of client code; Next resolves it
 * to an empty module for the server. Here, outside Next's bundler, it would throw: make it empty too.
 */
function allowServerOnlyModules() {
  const require = Module.createRequire(path.join(process.cwd(), "package.json"));
  const id = require.resolve("server-only");
  const empty = new Module(id);
  empty.filename = id;
  empty.loaded = true;
  empty.exports = {};
  require.cache[id] = empty;
}

/** Whether the path of a request target decodes (each %XX a byte, the bytes UTF-8). */
function validPercentEncoding(target: string): boolean {
  const query = target.indexOf("?");
  try {
    decodeURIComponent(query === -1 ? target : target.slice(0, query));
    return true;
  } catch {
    return false;
  }
}

async function main() {
  // Like `next start`; Next also loads .env files here, before the app's own modules read the environment.
  (process.env as Record<string, string>).NODE_ENV = "production";
  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handleNext = app.getRequestHandler();
  await app.prepare();

  allowServerOnlyModules();
  // Loaded after Next: the database (db/client.ts) is one per process, shared through globalThis with
  // Next's own copy of these modules, which opened it while preparing (instrumentation.ts).
  const { answerSingleCall, handleTrpcRequest, MAX_BODY_BYTES, MAX_LARGE_BODY_BYTES } = await import("../server/http");
  const { createRequestContext } = await import("../server/request-context");
  const { authOptions, sessionUserId } = await import("../server/auth");
  const { getServerSession } = await import("next-auth");
  const { createURL } = await import("@trpc/server/adapters/node-http");
  const { logger } = await import("../server/logger");

  /**
   * The signed-in user from next-auth's session cookie, decoded the way a server component decodes it and
   * checked by the same function (`sessionUserId`: not signed out, not ended since).
   */
  async function userIdFrom(req: http.IncomingMessage): Promise<string | null> {
    const cookies: Record<string, string> = {};
    for (const part of (req.headers.cookie ?? "").split(";")) {
      const eq = part.indexOf("=");
      if (eq <= 0) continue;
      try {
        cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        // A cookie that is not valid percent-encoding is not ours: ignored, as a browser's page would.
      }
    }
    const noop = { getHeader() {}, setCookie() {}, setHeader() {} };
    const session = await getServerSession({ headers: req.headers, cookies } as never, noop as never, authOptions);
    return sessionUserId(session);
  }

  /**
   * The body, read whole (tRPC reads it whole anyway; a buffer spares the stream machinery a Request
   * body would otherwise go through), or null past `limit`.
   */
  function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          req.removeAllListeners("data");
          req.resume();
          resolve(null);
        } else chunks.push(chunk);
      });
      req.on("end", () => resolve(size > limit ? null : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
      req.on("error", reject);
    });
  }

  async function serveTrpc(req: http.IncomingMessage, res: http.ServerResponse) {
    const method = req.method ?? "GET";
    let body = EMPTY_BODY;
    if (method !== "GET" && method !== "HEAD") {
      const read = await readBody(req, MAX_LARGE_BODY_BYTES);
      if (read === null) {
        res.writeHead(413, { "content-type": "application/json", connection: "close" });
        res.end(JSON.stringify({ error: { message: "The request is too large.", data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } }));
        return;
      }
      body = read;
    }
    // Node's headers as the fetch API reads them: a repeated header is one value joined with ", ".
    const header = (name: string): string | undefined => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(", ") : value;
    };
    let userId: Promise<string | null> | undefined;
    const contextFor = async (resHeaders: Headers) => ({
      ...(await createRequestContext({ headers: { get: (name) => header(name.toLowerCase()) ?? null }, resHeaders })),
      getUserId: () => (userId ??= userIdFrom(req)),
    });
    const reply =
      (await answerSingleCall({ method, url: req.url ?? "/", header, body }, contextFor)) ??
      (await throughFetchAdapter(req, method, body, contextFor));
    let payload: Buffer = typeof reply.body === "string" ? Buffer.from(reply.body) : reply.body;
    const out: http.OutgoingHttpHeaders = {};
    const cookies: string[] = [];
    for (const [key, value] of reply.headers) {
      if (key === "set-cookie") cookies.push(value);
      else out[key] = value;
    }
    if (cookies.length > 0) out["set-cookie"] = cookies;
    if (payload.length >= MIN_GZIP_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      payload = await gzipAsync(payload);
      out["content-encoding"] = "gzip";
      out.vary = out.vary ? `${String(out.vary)}, Accept-Encoding` : "Accept-Encoding";
    }
    out["content-length"] = payload.length;
    res.writeHead(reply.status, out);
    res.end(payload);
  }

  /** Any call the fast path leaves (batches, form data, tRPC's refusals): tRPC's fetch adapter. */
  async function throughFetchAdapter(
    req: http.IncomingMessage,
    method: string,
    body: Buffer,
    contextFor: (resHeaders: Headers) => Promise<Context>,
  ): Promise<{ status: number; headers: [string, string][]; body: Buffer }> {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(key, item);
      else if (value !== undefined) headers.set(key, value);
    }
    const withBody = method !== "GET" && method !== "HEAD";
    // What server/http.ts checks against each procedure's limit, also for a body sent in chunks.
    if (withBody) headers.set("content-length", String(body.length));
    const request = new Request(createURL(req).href, { method, headers, body: withBody ? new Uint8Array(body) : undefined });
    const response = await handleTrpcRequest(request, ({ resHeaders }) => contextFor(resHeaders));
    return { status: response.status, headers: [...response.headers], body: Buffer.from(await response.arrayBuffer()) };
  }

  const server = http.createServer((req, res) => {
    // As a proxy does: whoever connected is appended, so that server/context.ts `clientIp` can tell the
    // address that really connected from whatever the client wrote in the header itself.
    const peer = req.socket.remoteAddress;
    if (peer) {
      const forwarded = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = forwarded ? `${String(forwarded)}, ${peer}` : peer;
    }
    const url = req.url ?? "/";
    const isTrpc = url === "/api/trpc" || url.startsWith("/api/trpc/") || url.startsWith("/api/trpc?");
    // Every route has a body limit, refused before a byte of the body is read: tRPC's own (checked per
    // procedure once read, up to the import's), 1 MB for everything Next serves (sign-in included). A
    // body of unknown length to a page or route of Next's is refused too: browsers always say the length.
    const declared = Number(req.headers["content-length"] ?? 0);
    const chunked = req.headers["transfer-encoding"] !== undefined;
    if (declared > (isTrpc ? MAX_LARGE_BODY_BYTES : MAX_BODY_BYTES) || (!isTrpc && chunked)) {
      const status = chunked && !isTrpc ? 411 : 413;
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
      res.end(status === 411 ? "A request body needs a Content-Length.\n" : "The request is too large.\n");
      // The rest is never read: with "connection: close" Node ends the connection once this is out.
      return;
    }
    if (isTrpc) {
      serveTrpc(req, res).catch((err: unknown) => {
        logger.error({ err }, "tRPC request failed");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "Something went wrong on our side. Please try again." } }));
      });
      return;
    }
    // An address that is not valid percent-encoding (`/r/%E0%A4%A`) names no page: the friendly
    // not-found page, where Next itself would fail with a plain "Internal Server Error".
    if (!validPercentEncoding(url)) {
      void app.render404(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        res.end("Not found\n");
      });
      return;
    }
    handleNext(req, res).catch((err: unknown) => {
      logger.error({ err }, "request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on("error", (err: NodeJS.ErrnoException) => {
    console.error(err.code === "EADDRINUSE" ? `Circles cannot start: port ${port} is already in use.` : `Circles server error: ${err.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => {
    console.log(`Circles ready on http://${hostname ?? "localhost"}:${port}`);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish what is in flight (at most 5 s), then close the database: the embedded one releases its lock.
    setTimeout(() => process.exit(0), 5_000).unref();
    void (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await app.close().catch(() => {});
      const { getDatabase } = await import("../db/client");
      await getDatabase()
        .then((open) => open.close())
        .catch(() => {});
      process.exit(0);
    })();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
