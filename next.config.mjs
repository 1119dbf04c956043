// @ts-check
import { env } from "./lib/env.mjs";

const development = env.NODE_ENV === "development";

/**
 * Every page loads nothing from anywhere but this site and cannot be framed by another (clickjacking an
 * admin's buttons). Next's own inline scripts (the page's data for hydration) need 'unsafe-inline'
 * without a per-request nonce; React's development build also needs eval and the reload socket.
 */
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${development ? " ws: wss:" : ""}`,
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const SITE_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/**
 * The personal link's page and everything after it, besides: no Referer leaves (the token never travels
 * on), no copy is kept by the browser or a proxy (the service worker keeps the phone's own offline copy).
 */
const RESPONDENT_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cache-Control", value: "no-store" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files it loads from its own folder: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile", "pino"],
  typedRoutes: true,
  turbopack: {
    resolveAlias: {
      // Messages reach use-intl compiled ahead of time (messages/respondent/compiled.ts): format them
      // with its small runtime and leave the ICU parser out of every bundle (11.6 KB gzip on a phone).
      "use-intl/format-message": "use-intl/format-message/format-only",
    },
  },
  async headers() {
    // Where two rules set a header, the later one's value is sent; a rule's value also replaces what a
    // route handler set, so the logo (an image under its own stricter policy) is left out of the first.
    return [
      { source: "/:path((?!settings/logo/).*)", headers: SITE_HEADERS },
      { source: "/r", headers: RESPONDENT_HEADERS },
      { source: "/r/:path*", headers: RESPONDENT_HEADERS },
    ];
  },
};

export default nextConfig;
