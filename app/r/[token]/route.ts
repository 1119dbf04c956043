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
  const res = NextResponse.redirect(new URL(PAGES[outcome], req.url), 303);
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
