import pino from "pino";
import { env } from "@/lib/env.mjs";

export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: undefined,
  redact: ["password", "*.password", "token", "*.token", "req.headers.cookie"],
});
