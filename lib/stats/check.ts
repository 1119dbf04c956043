// Input checks shared by the statistics functions: bad aggregates fail loudly with a clear message.

/** A count from SQL: a non-negative safe integer (postgres.js returns bigint counts as strings — convert with Number first). */
export function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number, got ${String(value)}`);
  }
}

export function assertFinite(value: number, what: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
}

/** A confidence level such as 0.95. */
export function assertLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`the confidence level must lie strictly between 0 and 1, got ${String(level)}`);
}
