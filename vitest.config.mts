import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": import.meta.dirname,
  // Server modules import "server-only" to keep them out of client bundles; under Vitest it is a no-op.
  "server-only": path.join(import.meta.dirname, "test/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["server/**/*.test.ts", "db/**/*.test.ts", "test/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { NODE_ENV: "test", NEXTAUTH_SECRET: "integration-tests-only-secret-0123456789abcdef" },
        },
      },
    ],
  },
});
