// Typed domain errors: services throw these; server/trpc.ts maps each code to one HTTP status.
export const APP_ERROR_CODES = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field-level problems, shown next to the fields: `{ "items.3.key": ["duplicate key"] }`. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** The one "not found": an id from another organisation must look exactly like an id that does not exist. */
export function notFound(noun: string): AppError {
  return new AppError("NOT_FOUND", `${noun} not found.`);
}
