// Server components call procedures directly through a caller: same checks, no HTTP round trip.
import "server-only";
import { TRPCError } from "@trpc/server";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { createCaller } from "@/server/root";
import { createRequestContext } from "@/server/request-context";

export const getCaller = cache(async () => {
  const [h, c] = await Promise.all([headers(), cookies()]);
  const requestHeaders = new Headers(h);
  requestHeaders.set("cookie", c.toString());
  const ctx = await createRequestContext({ headers: requestHeaders, resHeaders: null });
  return createCaller(ctx);
});

/**
 * Runs a read for a page: NOT_FOUND (missing, or another organisation's) renders the 404 page; a
 * member whose access ended meanwhile goes to /no-access, a lapsed session to the sign-in page.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof TRPCError) {
      if (err.code === "NOT_FOUND" || err.code === "BAD_REQUEST") notFound();
      if (err.code === "FORBIDDEN") redirect("/no-access");
      if (err.code === "UNAUTHORIZED") redirect("/sign-in");
    }
    throw err;
  }
}
