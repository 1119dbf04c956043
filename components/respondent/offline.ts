// The respondent page's offline copy, kept by the service worker in public/sw.js: registered on the
// first visit, told which files this page is made of (the first visit loaded them before the worker
// existed), and deleted once the answers are submitted or the respondent declines.
import { OFFLINE_CACHE, RESPONSE_GET_PATH } from "./api";

export function keepOfflineCopy() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js", { scope: "/r" })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = new Set<string>([window.location.pathname, RESPONSE_GET_PATH]);
      for (const entry of performance.getEntriesByType("resource")) {
        const url = new URL(entry.name);
        if (url.origin === window.location.origin && url.pathname.startsWith("/_next/static/")) urls.add(url.pathname + url.search);
      }
      registration.active?.postMessage({ type: "keep", urls: [...urls] });
    })
    // No service worker (private mode, an old browser, offline on the first visit): the page still works online.
    .catch(() => {});
}

/**
 * The words of the page shown when a respondent page cannot be reached without signal, in the language
 * the respondent reads now; the worker keeps them after the copy itself is gone (public/sw.js).
 */
export function rememberOfflineText(words: { lang: string; dir: "ltr" | "rtl"; title: string; text: string }) {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: "offlineText", ...words })).catch(() => {});
}

export async function forgetOfflineCopy() {
  try {
    await caches.delete(OFFLINE_CACHE);
  } catch {
    // No Cache API here: nothing was kept.
  }
}
