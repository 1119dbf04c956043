import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read the environment through lib/env.mjs.",
        },
      ],
    },
  },
  {
    // The environment module itself, tooling and tests may read process.env.
    files: ["lib/env.mjs", "instrumentation.ts", "scripts/**", "test/**", "e2e/**", "*.config.*", "**/*.test.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
];

export default config;
