// What the builder reads from a failed call: the readable message, the tRPC code and field-level errors.
import { TRPCClientError } from "@trpc/client";

export type CallError = { message: string; code: string | null; fieldErrors: Record<string, string[]> | null };

export function callError(err: unknown): CallError {
  if (err instanceof TRPCClientError) {
    const data = err.data as { code?: string; fieldErrors?: Record<string, string[]> | null } | undefined;
    const offline = !data && /fetch|network/i.test(err.message);
    return {
      message: offline ? "The server could not be reached. Check the connection." : err.message,
      code: data?.code ?? null,
      fieldErrors: data?.fieldErrors ?? null,
    };
  }
  return { message: err instanceof Error ? err.message : "Something went wrong.", code: null, fieldErrors: null };
}
