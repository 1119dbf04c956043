// Bench: the wave report of a 100,000-circle wave on PostgreSQL (issue #6). Seeds the wave with
// seed:large into the bench's own database, then asks for its report as a manager through the tRPC
// caller (membership check included): once cold (the report cube is built), then repeatedly warm,
// unfiltered and with filters. Prints report_cube_build_ms and report_ms_p95 (of the warm calls).
import { eq } from "drizzle-orm";
import { connect } from "../../db/connect";
import { memberships, users } from "../../db/schema";
import { seedLarge } from "../../db/seed/large";
import { createCaller } from "../../server/root";
import type { Context } from "../../server/context";

const ROUNDS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchReport(url: string, circles: number, print: (name: string, value: number | string) => void) {
  const open = await connect({ kind: "postgres", url, max: 10 });
  try {
    const seeded = await seedLarge(open.db, { circles, seed: 42, organisationName: `Report bench ${circles}` });
    print("report_seed_circles", circles);
    print("report_seed_s", (seeded.totalMs / 1000).toFixed(1));
    const manager = seeded.accounts.find((a) => a.role === "manager")!;
    const [user] = await open.db
      .select({ id: users.id })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.email, manager.email));
    const ctx: Context = {
      db: open.db,
      dbKind: "postgres",
      getUserId: async () => user!.id,
      requestedOrganisationId: seeded.organisationId,
      respondentToken: null,
      ip: "127.0.0.1",
      resHeaders: null,
    };
    const caller = createCaller(ctx);
    const cold = performance.now();
    const first = await caller.report.wave({ waveId: seeded.waveId });
    print("report_cube_build_ms", Math.round(performance.now() - cold));
    const unit = first.filterOptions.units[0] ?? null;
    const month = first.filterOptions.months[0] ?? null;
    const variants = [{}, { unit }, { unit, answeredBy: "proxy" as const }, { month }];
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const filters = variants[round % variants.length]!;
      const started = performance.now();
      await caller.report.wave({ waveId: seeded.waveId, filters });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    print("report_ms_p50", Math.round(percentile(times, 50)));
    print("report_ms_p95", Math.round(percentile(times, 95)));
  } finally {
    await open.close();
  }
}
