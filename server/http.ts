// Serves tRPC over HTTP (the App Router's fetch API): body size limit, error logging, then the router.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Context } from "./context";
import { logger } from "./logger";
import { appRouter } from "./root";

export const MAX_BODY_BYTES = 1_000_000;
/** Circle imports carry a whole CSV file. */
const LARGE_BODY_PROCEDURES = ["circle.importPreview", "circle.import"];
export const MAX_LARGE_BODY_BYTES = 21 * 1024 * 1024;

export async function handleTrpcRequest(
  req: Request,
  createContext: (opts: { req: Request; resHeaders: Headers }) => Promise<Context>,
): Promise<Response> {
  const length = Number(req.headers.get("content-length") ?? 0);
  const path = new URL(req.url).pathname.split("/").pop() ?? "";
  const procedures = path.split(",");
  const limit = procedures.every((p) => LARGE_BODY_PROCEDURES.includes(p)) ? MAX_LARGE_BODY_BYTES : MAX_BODY_BYTES;
  if (length > limit) {
    return Response.json(
      { error: { message: `The request is too large (at most ${limit} bytes).`, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } },
      { status: 413 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createContext({ req, resHeaders }),
    onError({ error, path, type }) {
      // The full error stays on the server; clients get only what the error formatter lets through.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ err: error.cause ?? error, path, type }, "procedure failed");
      }
    },
  });
}
