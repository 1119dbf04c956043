// @ts-check
// The one place that reads process.env: validated once, imported by next.config.mjs and the server.
import { z } from "zod";

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** A PostgreSQL server. Without it Circles runs on embedded PostgreSQL (PGlite). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Where the embedded database keeps its files. */
  CIRCLES_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Seed the demo organisation on first start of the embedded database ("false" to skip). */
  CIRCLES_DEMO: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Signs session tokens. Required with DATABASE_URL in production; otherwise generated and kept in the data folder. */
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** Where respondents' links point, e.g. https://feedback.example.org (messages carry absolute links). */
  CIRCLES_PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** SMTP server for email, e.g. smtp://user:pass@smtp.example.org:587. Unset: email goes to the outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://").optional(),
  SMTP_FROM: z.string().min(3).default("Circles <no-reply@circles.invalid>"),
  /** Run the invitation and reminder worker inside the app ("false" when a separate worker runs it). */
  CIRCLES_WORKER: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

const parsed = ZEnv.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}
if (parsed.data.NODE_ENV === "production" && parsed.data.DATABASE_URL && !parsed.data.NEXTAUTH_SECRET) {
  throw new Error("Invalid environment:\n  NEXTAUTH_SECRET: required in production with DATABASE_URL");
}

/** @type {z.infer<typeof ZEnv>} */
export const env = parsed.data;
