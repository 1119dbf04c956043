import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { connect, type OpenDatabase } from "@/db/connect";
import { openTestDatabase } from "@/test/db";
import { healthResponse } from "./health";

const opened: OpenDatabase[] = [];
afterAll(() => Promise.all(opened.map((o) => o.close().catch(() => {}))));

/** A port on this machine where nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("health", () => {
  it("answers ok with the kind of database", async () => {
    const open = await openTestDatabase();
    opened.push(open);
    const res = await healthResponse(open.kind, async () => open);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: open.kind });
  });

  it("answers 503 when the database server is unreachable", async () => {
    const port = await closedPort();
    const unreachable = await connect({ kind: "postgres", url: `postgres://nobody@127.0.0.1:${port}/none`, max: 1 });
    opened.push(unreachable);
    const res = await healthResponse("postgres", async () => unreachable);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", database: "postgres" });
  });

  it("answers 503 when the database cannot even be opened", async () => {
    const res = await healthResponse("embedded", async () => {
      throw new Error("locked");
    });
    expect(res.status).toBe(503);
  });
});
