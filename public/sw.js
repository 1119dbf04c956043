// The respondent's offline copy (registered by components/respondent/offline.ts with scope /r): the
// answering page, its static files and the last answer of response.get, so that a reload without
// signal shows the survey again instead of the browser's error page. The answers given offline are
// kept by the page itself (localStorage) and sent when the network is back.
//
// Rules: the network always comes first for the page and the API — the copy is used only when the
// network fails, which is all that `Cache-Control: no-store` asks of a private, single-phone copy.
// POSTs are never touched. The copy belongs to one respondent: opening any personal link (/r/<token>)
// deletes it before the new person's page loads, a link that stopped working (4xx, or /r redirecting
// away) deletes it, and the page deletes it on submit or decline.
// Content-hashed files under /_next/static never change, so those are served from the copy first.

const CACHE = "circles-respondent-v1";
/**
 * The offline page's words in the respondent's language, sent by the page (components/respondent/offline.ts).
 * Kept apart from the copy, which goes on submit: reopening the link later without signal still speaks
 * their language. Nothing personal: a language and two sentences of the interface.
 */
const TEXT_CACHE = "circles-offline-text-v1";
const TEXT_KEY = "/r/offline-text";
const ENGLISH = {
  lang: "en",
  dir: "ltr",
  title: "You are offline",
  text: "This page needs a connection to open. Please try again when you have signal.",
};
const PAGE = "/r";
const RESPONSE_GET = "/api/trpc/response.get";
const NOT_TOKENS = new Set(["invalid", "closed"]);

/** Deleting the copy when a link is opened must finish before the new page is put in it. */
let clearing = Promise.resolve();

self.addEventListener("install", () => {
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if ((name.startsWith("circles-respondent") && name !== CACHE) || (name.startsWith("circles-offline-text") && name !== TEXT_CACHE)) {
          await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

function isRespondentPath(pathname) {
  return pathname === PAGE || pathname.startsWith(`${PAGE}/`);
}

/** /r/<token>: a personal link being opened (the route trades it for a cookie and redirects to /r). */
function isLinkEntry(pathname) {
  const parts = pathname.split("/");
  return parts.length === 3 && parts[1] === "r" && parts[2] !== "" && !NOT_TOKENS.has(parts[2]);
}

async function keep(key, response) {
  await clearing;
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
}

/** Only the respondent's own, successful, same-origin answers are worth keeping. */
function keepable(response) {
  return response.ok && !response.redirected && response.type === "basic";
}

async function networkFirst(event, key) {
  try {
    const response = await fetch(event.request);
    if (keepable(response)) {
      event.waitUntil(keep(key, response.clone()));
    } else if (response.type === "opaqueredirect" || (response.status >= 400 && response.status < 500)) {
      // The link no longer works (unknown, or its wave closed): its copy must not outlive it.
      clearing = caches.delete(CACHE).then(() => undefined);
      event.waitUntil(clearing);
    }
    return response;
  } catch (error) {
    const copy = await caches.match(key, { cacheName: CACHE });
    if (copy) return copy;
    if (event.request.mode === "navigate") return offlinePage();
    throw error;
  }
}

async function cacheFirst(event) {
  const copy = await caches.match(event.request, { cacheName: CACHE });
  if (copy) return copy;
  const response = await fetch(event.request);
  if (keepable(response) && (await fromRespondentPage(event.clientId))) event.waitUntil(keep(event.request, response.clone()));
  return response;
}

/** Scope /r also covers any future /r… staff page: only the respondent's own pages fill the copy. */
async function fromRespondentPage(clientId) {
  if (!clientId) return false;
  const client = await self.clients.get(clientId);
  return Boolean(client && isRespondentPath(new URL(client.url).pathname));
}

/**
 * A personal link opened: once the server has traded it for a cookie, the copy may belong to someone
 * else (two people can share a phone), so it goes before the new person's page loads. Offline, the
 * link cannot be checked and the copy is kept for its owner.
 */
async function enterWithLink(event) {
  let response;
  try {
    response = await fetch(event.request);
  } catch {
    return offlinePage();
  }
  clearing = caches.delete(CACHE).then(() => undefined);
  await clearing;
  return response;
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The words the page sent, checked again here (this worker trusts no message blindly), else English. */
function offlineText(data) {
  const ok = (value, max) => typeof value === "string" && value.trim() !== "" && value.length <= max;
  if (!data || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(data.lang) || !["ltr", "rtl"].includes(data.dir)) return null;
  if (!ok(data.title, 200) || !ok(data.text, 1000)) return null;
  return { lang: data.lang, dir: data.dir, title: data.title, text: data.text };
}

async function offlinePage() {
  let words = ENGLISH;
  try {
    const kept = await caches.match(TEXT_KEY, { cacheName: TEXT_CACHE });
    if (kept) words = offlineText(await kept.json()) ?? ENGLISH;
  } catch {
    // No Cache API or a damaged entry: English.
  }
  const html =
    `<!doctype html><html lang="${words.lang}" dir="${words.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer"><title>${escapeHtml(words.title)}</title></head>` +
    '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1.25rem;line-height:1.5">' +
    `<main><h1>${escapeHtml(words.title)}</h1><p>${escapeHtml(words.text)}</p></main>` +
    "</body></html>";
  return new Response(html, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === "navigate") {
    if (isLinkEntry(url.pathname)) event.respondWith(enterWithLink(event));
    else if (url.pathname === PAGE) event.respondWith(networkFirst(event, PAGE));
    else if (isRespondentPath(url.pathname)) event.respondWith(fetch(request).catch(() => offlinePage()));
    return;
  }
  if (url.pathname === RESPONSE_GET) {
    event.respondWith(networkFirst(event, RESPONSE_GET));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) event.respondWith(cacheFirst(event));
});

/** The page lists the files it was built from (loaded before this worker existed) to keep them too. */
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data && data.type === "offlineText") {
    const words = offlineText(data);
    if (words) {
      event.waitUntil(caches.open(TEXT_CACHE).then((cache) => cache.put(TEXT_KEY, new Response(JSON.stringify(words), { headers: { "content-type": "application/json" } }))));
    }
    return;
  }
  if (!data || data.type !== "keep" || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      await clearing;
      const cache = await caches.open(CACHE);
      const wanted = new Set();
      for (const raw of data.urls.slice(0, 200)) {
        if (typeof raw !== "string") continue;
        const url = new URL(raw, self.location.origin);
        if (url.origin !== self.location.origin) continue;
        if (url.pathname !== PAGE && url.pathname !== RESPONSE_GET && !url.pathname.startsWith("/_next/static/")) continue;
        wanted.add(url.href);
        if (await cache.match(url.href)) continue;
        try {
          const response = await fetch(url.href, { credentials: "same-origin", cache: "no-store" });
          if (keepable(response)) await cache.put(url.href, response);
        } catch {
          // Offline or the server restarted: the next visit fills the gap.
        }
      }
      // Files of an older build of the page are no longer needed.
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        if (url.pathname.startsWith("/_next/static/") && !wanted.has(url.href)) await cache.delete(request);
      }
    })(),
  );
});
