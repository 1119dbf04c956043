// Over HTTP, as a browser calls it: bad input is a 400 with a readable message and changes nothing;
// internal failures never show SQL or stack traces.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { auditLog, surveys } from "@/db/schema";
import { handleTrpcRequest } from "@/server/http";
import { publicProcedure, router } from "@/server/trpc";
import { openTestDatabase } from "@/test/db";
import { contextFor, createOrganisation, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Http");
});
afterAll(() => open.close());

async function post(path: string, input: unknown, userId: string | null = org.admin.id) {
  const body = JSON.stringify({ json: input });
  const req = new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const res = await handleTrpcRequest(req, async () => contextFor(open, { userId }));
  return { status: res.status, body: (await res.json()) as { error?: { json: { message: string; data: Record<string, unknown> } } } };
}

async function rowCounts() {
  const [s] = await open.db
    .select({ n: sql<number>`count(*)::int` })
    .from(surveys)
    .where(eq(surveys.organisationId, org.organisation.id));
  const [a] = await open.db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(eq(auditLog.organisationId, org.organisation.id));
  return { surveys: s?.n, audit: a?.n };
}

describe("bad input over HTTP", () => {
  const badInputs: Record<string, unknown> = {
    "a wrong type": { name: 42 },
    "a missing field": { description: "no name" },
    "an oversized string": { name: "x".repeat(10_000) },
    "an unknown field": { name: "Fine", organisationId: "00000000-0000-4000-8000-000000000000" },
    "not an object": "survey please",
  };

  for (const [what, input] of Object.entries(badInputs)) {
    it(`${what} gets a 400 with a readable message and no row changes`, async () => {
      const before = await rowCounts();
      const { status, body } = await post("survey.create", input);
      expect(status).toBe(400);
      const error = body.error!.json;
      expect(error.data.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(/^Invalid input — /);
      expect(error.message).not.toMatch(/\{|\[|ZodError|at .*\.ts/);
      expect(error.data).not.toHaveProperty("stack");
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("names the field and the rule", async () => {
    const { body } = await post("survey.create", { name: "x".repeat(201), colour: "red" });
    const error = body.error!.json;
    expect(error.message).toContain("name: must be at most 200 characters");
    expect(error.message).toContain('Unrecognized key: "colour"');
    expect(error.data.fieldErrors).toMatchObject({ name: ["must be at most 200 characters"] });
  });

  it("an id that is not a UUID is a 400, not a crash", async () => {
    const req = new Request(
      `http://localhost/api/trpc/survey.get?input=${encodeURIComponent(JSON.stringify({ json: { surveyId: "1 OR 1=1" } }))}`,
    );
    const res = await handleTrpcRequest(req, async () => contextFor(open, { userId: org.admin.id }));
    expect(res.status).toBe(400);
  });

  it("a body over the size limit is refused before it is read", async () => {
    const body = JSON.stringify({ json: { name: "x".repeat(1_100_000) } });
    const req = new Request("http://localhost/api/trpc/survey.create", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": String(body.length) },
      body,
    });
    const res = await handleTrpcRequest(req, async () => contextFor(open, { userId: org.admin.id }));
    expect(res.status).toBe(413);
  });

  it("valid input succeeds through the same path", async () => {
    const before = await rowCounts();
    const { status } = await post("survey.create", { name: "A real survey" });
    expect(status).toBe(200);
    expect(await rowCounts()).toEqual({ surveys: before.surveys! + 1, audit: before.audit! + 1 });
  });

  it("an unauthenticated call is a 401 and a forbidden one a 403", async () => {
    expect((await post("survey.create", { name: "x" }, null)).status).toBe(401);
    expect((await post("survey.create", { name: "x" }, org.manager.id)).status).toBe(403);
  });
});

describe("internal errors", () => {
  // A router built with the same procedure builders, whose procedure runs SQL that really fails.
  const failing = router({
    broken: publicProcedure.query(({ ctx }) => ctx.db.execute(sql`select secret_column from no_such_table`)),
  });

  it("send no SQL, no stack trace and no internal message", async () => {
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost/api/trpc/broken"),
      router: failing,
      createContext: async () => contextFor(open, { userId: null }),
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/no_such_table|secret_column|select|stack|\.ts:/i);
    expect(JSON.parse(text).error.json.message).toBe("Something went wrong on our side. Please try again.");
  });
});
