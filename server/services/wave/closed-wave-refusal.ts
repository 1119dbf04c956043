// The database's own guard on closed waves (migrations 0004, 0012) raises P0001 "wave … is closed": a
// write that raced a wave's closing. Services turn it into their respondent- or staff-facing refusal.
export function isClosedWaveRefusal(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    const pg = e as Error & { code?: string };
    if (pg.code === "P0001" && /is closed/.test(pg.message)) return true;
  }
  return false;
}
