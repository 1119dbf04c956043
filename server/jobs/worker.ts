// Runs the tick every half minute in this process; overlapping runs are skipped, errors logged and retried.
import type { Database } from "@/db/connect";
import { logger } from "@/server/logger";
import { configuredTransport } from "@/server/mail/transport";
import { runTick } from "./tick";

export const TICK_SECONDS = 30;
/** Retention periods are counted in days: checking them once an hour is plenty. */
export const RETENTION_EVERY_TICKS = 120;

export function startWorker(db: () => Promise<Database>): () => void {
  const transport = configuredTransport();
  let running = false;
  let ticks = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const retention = ticks++ % RETENTION_EVERY_TICKS === 0;
      const result = await runTick({ db: await db(), transport, retention });
      const sent = Object.values(result.delivered).reduce((a, b) => a + b, 0);
      if (sent > 0 || result.closedWaves > 0 || result.retention.length > 0) logger.info(result, "worker: tick");
    } catch (err) {
      logger.error({ err }, "worker: tick failed; retrying on the next one");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, TICK_SECONDS * 1000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
