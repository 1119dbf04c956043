// The personal link: exchanged for an HttpOnly cookie and a redirect, so the token leaves the address bar
// (and never reaches a Referer header or the browser history of the next page).
import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { env } from "@/lib/env.mjs";
import { RESPONDENT_COOKIE } from "@/server/context";
import { enterWithLink } from "@/server/services/respondent/enter-with-link";

export const dynamic = "force-dynamic";

const PAGES = { welcome: "/r", invalid: "/r/invalid", closed: "/r/closed", submitted: "/r" } as const;

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getDatabase();
  const outcome = await enterWithLink({ db, token });
  // A relative Location: the browser stays on the host it used (and holds the cookie for); `req.url` may
  // name another host (`localhost` behind `next start -H 127.0.0.1`, or an internal name behind a proxy).
  const res = new NextResponse(null, { status: 303, headers: { Location: PAGES[outcome] } });
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("Cache-Control", "no-store");
  if (outcome === "welcome" || outcome === "submitted") {
    res.cookies.set(RESPONDENT_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: env.NODE_ENV === "production" && new URL(req.url).protocol === "https:",
      path: "/",
      maxAge: 60 * 60 * 24 * 60,
    });
  }
  return res;
}
