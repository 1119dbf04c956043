// The personal link: exchanged for an HttpOnly cookie and a redirect, so the token leaves the address bar
// (and never reaches a Referer header or the browser history of the next page). Too many failed links
// from one address: 429 with the page every link that does not work gets (app/r/invalid).
import { NextResponse } from "next/server";
import { getDatabase } from "@/db/client";
import { clientIp, requestIsHttps, RESPONDENT_COOKIE } from "@/server/context";
import { enterWithLink, LINK_ATTEMPT_WINDOW_MINUTES } from "@/server/services/respondent/enter-with-link";

export const dynamic = "force-dynamic";

const PAGES = { welcome: "/r", invalid: "/r/invalid", closed: "/r/closed", submitted: "/r" } as const;

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { db } = await getDatabase();
  const outcome = await enterWithLink({ db, token, ip: clientIp(req.headers) });
  if (outcome === "blocked") return tooManyAttempts();
  // A relative Location: the browser stays on the host it used (and holds the cookie for); `req.url` may
  // name another host (`localhost` behind `next start -H 127.0.0.1`, or an internal name behind a proxy).
  const res = new NextResponse(null, { status: 303, headers: { Location: PAGES[outcome] } });
  res.headers.set("Referrer-Policy", "no-referrer");
  res.headers.set("Cache-Control", "no-store");
  if (outcome === "welcome" || outcome === "submitted") {
    res.cookies.set(RESPONDENT_COOKIE, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: requestIsHttps(req.headers, new URL(req.url).protocol),
      path: "/",
      maxAge: 60 * 60 * 24 * 60,
    });
  }
  return res;
}

/**
 * The words of the invalid-link page, served here directly with the 429: a blocked address learns nothing
 * more than any wrong link tells (not whether this one exists), and a person who mistyped sees the same
 * advice. Self-contained (no script, no stylesheet to fetch) and cheap, as it answers floods.
 */
function tooManyAttempts() {
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Link not valid · Circles</title>
<style>
body { margin: 0; background: #f8fafc; color: #0f172a; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { box-sizing: border-box; max-width: 36rem; min-height: 100vh; margin: 0 auto; padding: 2rem 1.25rem; }
h1 { margin: 0; font-size: 1.5rem; line-height: 2rem; font-weight: 600; }
p { margin: 1rem 0 0; font-size: 1.125rem; line-height: 1.75rem; }
</style>
</head>
<body>
<main>
<h1>This link does not work</h1>
<p>Please check that you opened the whole link you were sent, or ask the person who gave it to you for a new one.</p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(LINK_ATTEMPT_WINDOW_MINUTES * 60),
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    },
  });
}
