// @ts-check
import "./lib/env.mjs";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files it loads from its own folder: keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "proper-lockfile", "pino"],
  typedRoutes: true,
};

export default nextConfig;
