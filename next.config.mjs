// @ts-check
import { env } from "./lib/env.mjs";

const development = env.NODE_ENV === "development";

/**
 * Respondent pages load nothing from anywhere but this site. Next's own inline scripts (the page's data
 * for hydration) need 'unsafe-inline' without a per-request nonce; React's development build also needs
 * eval and the reload socket.
 */
const RESPONDENT_CSP = [
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

/**
 * The personal link's page and everything after it: no Referer leaves (the token never travels on), no
 * copy is kept by the browser or a proxy (the service worker keeps the phone's own offline copy itself).
 */
const RESPONDENT_HEADERS = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cache-Control", value: "no-store" },
  { key: "Content-Security-Policy", value: RESPONDENT_CSP },
  { key: "X-Content-Type-Options", value: "nosniff" },
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
    return [
      { source: "/r", headers: RESPONDENT_HEADERS },
      { source: "/r/:path*", headers: RESPONDENT_HEADERS },
    ];
  },
};

export default nextConfig;
