// Over HTTP, as a browser calls it: bad input is a 400 with a readable message and changes nothing;
// internal failures never show SQL or stack traces; the production server's fast path answers every
// call it takes exactly as tRPC's fetch adapter does.
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { answers, auditLog, surveys } from "@/db/schema";
import { clientIp, ORGANISATION_COOKIE, readCookie, RESPONDENT_COOKIE, type Context, type RequestHeaders } from "@/server/context";
import { answerSingleCall, handleTrpcRequest, MAX_BODY_BYTES } from "@/server/http";
import { publicProcedure, router } from "@/server/trpc";
import { openTestDatabase } from "@/test/db";
import { callerFor, contextFor, createOrganisation, openHospitalStayWave, type TestOrganisation } from "@/test/factories";

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

describe("the production server's fast path", () => {
  // How the test says who is signed in (next-auth's session in the app).
  const USER_COOKIE = "test_user";
  let survey: string;
  // Two people in the same place (a patient each, same survey): one answers through each path.
  let fast: { id: string; token: string };
  let adapter: { id: string; token: string };

  beforeAll(async () => {
    const { surveyId, waveId } = await openHospitalStayWave(open, org, { name: "Fast path" });
    survey = surveyId;
    const staff = callerFor(open, { userId: org.staff.id });
    const patient = async () =>
      (await staff.circle.create({ waveId, circle: { respondents: [{ perspectiveKey: "patient" }] } })).respondents[0]!;
    fast = await patient();
    adapter = await patient();
  });

  type Call = { method: "GET" | "POST"; url: string; headers?: Record<string, string>; body?: string };
  type Answered = { status: number; headers: [string, string][]; body: unknown };

  function contextFrom(headers: RequestHeaders, resHeaders: Headers): Context {
    const cookie = headers.get("cookie");
    return {
      ...contextFor(open, { userId: readCookie(cookie, USER_COOKIE) }),
      requestedOrganisationId: readCookie(cookie, ORGANISATION_COOKIE),
      respondentToken: readCookie(cookie, RESPONDENT_COOKIE),
      ip: clientIp(headers),
      resHeaders,
    };
  }

  const sorted = (headers: Iterable<[string, string]>) => [...headers].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));

  async function throughAdapter({ method, url, headers = {}, body }: Call): Promise<Answered> {
    const req = new Request(`http://localhost${url}`, { method, headers, body });
    const res = await handleTrpcRequest(req, async ({ req, resHeaders }) => contextFrom(req.headers, resHeaders));
    return { status: res.status, headers: sorted(res.headers), body: await res.json() };
  }

  async function throughFastPath({ method, url, headers = {}, body }: Call): Promise<Answered | null> {
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    const header = (name: string): string | undefined => lower[name];
    const reply = await answerSingleCall({ method, url, header, body: Buffer.from(body ?? "") }, async (resHeaders) =>
      contextFrom({ get: (name) => header(name.toLowerCase()) ?? null }, resHeaders),
    );
    return reply && { status: reply.status, headers: sorted(reply.headers), body: JSON.parse(reply.body) };
  }

  const asRespondent = (token: string) => ({ cookie: `${RESPONDENT_COOKIE}=${token}`, "content-type": "application/json" });
  const asUser = (userId: string, extra: Record<string, string> = {}) => ({ cookie: `${USER_COOKIE}=${userId}`, ...extra });
  const save = (token: string, input: unknown): Call => ({
    method: "POST",
    url: "/api/trpc/response.saveAnswer",
    headers: asRespondent(token),
    body: JSON.stringify({ json: input }),
  });
  const query = (path: string, input: unknown, headers: Record<string, string>): Call => ({
    method: "GET",
    url: `/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`,
    headers,
  });

  it("saving answers: every reply, refusals included, is the fetch adapter's, and so is what is stored", async () => {
    const steps: [string, (token: string) => Call][] = [
      ["a first answer", (t) => save(t, { itemKey: "respect", value: 4, seq: 1 })],
      ["the same save again (a retry)", (t) => save(t, { itemKey: "respect", value: 4, seq: 1 })],
      ["a newer answer", (t) => save(t, { itemKey: "respect", value: 2, seq: 3 })],
      ["an older one arriving late", (t) => save(t, { itemKey: "respect", value: 5, seq: 2 })],
      ["choices", (t) => save(t, { itemKey: "worries", value: ["pain", "medicines"], seq: 4 })],
      ["a cleared answer", (t) => save(t, { itemKey: "worries", value: null, seq: 5 })],
      ["an unknown question", (t) => save(t, { itemKey: "no_such_item", value: 1, seq: 6 })],
      ["a value the question does not take", (t) => save(t, { itemKey: "respect", value: "very", seq: 7 })],
      ["an unknown field", (t) => save(t, { itemKey: "respect", value: 1, seq: 8, admin: true })],
      ["a missing sequence number", (t) => save(t, { itemKey: "respect", value: 1 })],
      ["broken JSON", (t) => ({ ...save(t, {}), body: '{"json": {"itemKey": ' })],
      ["an empty body", (t) => ({ ...save(t, {}), body: "" })],
      ["JSON after a byte order mark", (t) => ({ ...save(t, { itemKey: "respect", value: 3, seq: 9 }), body: `\uFEFF${JSON.stringify({ json: { itemKey: "respect", value: 3, seq: 9 } })}` })],
      ["the path percent-encoded", (t) => ({ ...save(t, { itemKey: "respect", value: 1, seq: 10 }), url: "/api/trpc/response%2EsaveAnswer" })],
      ["a content type with parameters", (t) => ({ ...save(t, { itemKey: "respect", value: 5, seq: 11 }), headers: { ...asRespondent(t), "content-type": "Application/JSON; charset=utf-8" } })],
      ["no link", (t) => ({ ...save(t, { itemKey: "respect", value: 1, seq: 12 }), headers: { "content-type": "application/json" } })],
      ["a link that does not exist", () => save("x".repeat(24), { itemKey: "respect", value: 1, seq: 13 })],
    ];
    const statuses: number[] = [];
    for (const [what, call] of steps) {
      const mine = await throughFastPath(call(fast.token));
      const theirs = await throughAdapter(call(adapter.token));
      expect(mine, what).toEqual(theirs);
      statuses.push(theirs.status);
    }
    // The steps cover acceptance and each kind of refusal.
    expect(new Set(statuses)).toEqual(new Set([200, 400, 401]));
    const stored = async (respondentId: string) =>
      (await open.db.select().from(answers).where(eq(answers.respondentId, respondentId))).map(({ itemId, numericValue, choiceValues, textValue, clientSeq }) => ({
        itemId, numericValue, choiceValues, textValue, clientSeq,
      })).sort((a, b) => a.itemId.localeCompare(b.itemId));
    const mine = await stored(fast.id);
    expect(mine).toEqual(await stored(adapter.id));
    expect(mine.find((a) => a.clientSeq === 11)).toMatchObject({ numericValue: 5 });
  });

  it("reads and signed-in calls: the same replies, a cookie set by a procedure included", async () => {
    const calls: [string, Call][] = [
      ["the respondent's survey", query("response.get", undefined, asRespondent(fast.token))],
      ["the survey without a link", query("response.get", undefined, {})],
      ["a member's read with input", query("survey.get", { surveyId: survey }, asUser(org.admin.id))],
      ["an id that is not one", query("survey.get", { surveyId: "1 OR 1=1" }, asUser(org.admin.id))],
      ["input that is not JSON", { ...query("survey.get", undefined, asUser(org.admin.id)), url: "/api/trpc/survey.get?input=%7Bnope" }],
      ["nobody signed in", query("survey.list", undefined, {})],
      [
        "switching organisation (sets a cookie)",
        { method: "POST", url: "/api/trpc/organisation.switch", headers: asUser(org.admin.id, { "content-type": "application/json" }), body: JSON.stringify({ json: { organisationId: org.organisation.id } }) },
      ],
      [
        "a role that may not",
        { method: "POST", url: "/api/trpc/survey.create", headers: asUser(org.manager.id, { "content-type": "application/json" }), body: JSON.stringify({ json: { name: "No" } }) },
      ],
    ];
    for (const [what, call] of calls) {
      const mine = await throughFastPath(call);
      expect(mine, what).not.toBeNull();
      expect(mine, what).toEqual(await throughAdapter(call));
    }
    const switched = await throughFastPath(calls[6]![1]);
    expect(switched!.headers).toContainEqual(["set-cookie", expect.stringContaining(`${ORGANISATION_COOKIE}=${org.organisation.id}`)]);
    expect((await throughFastPath(calls[0]![1]))!.status).toBe(200);
    // Every answer, on both paths, refusals included: kept by no browser or proxy, never sniffed.
    for (const [what, call] of [calls[0]!, calls[calls.length - 1]!]) {
      for (const answered of [await throughFastPath(call), await throughAdapter(call)]) {
        expect(answered!.headers, what).toContainEqual(["cache-control", "no-store"]);
        expect(answered!.headers, what).toContainEqual(["x-content-type-options", "nosniff"]);
      }
    }
  });

  it("leaves every other call to the fetch adapter, which answers or refuses it", async () => {
    const respondent = asRespondent(fast.token);
    const saveInput = JSON.stringify({ json: { itemKey: "respect", value: 1, seq: 100 } });
    const others: [string, Call, number][] = [
      ["a batch", { method: "POST", url: "/api/trpc/response.saveAnswer?batch=1", headers: respondent, body: JSON.stringify({ 0: { json: { itemKey: "respect", value: 1, seq: 100 } } }) }, 200],
      ["a mutation by GET", { method: "GET", url: "/api/trpc/response.saveAnswer", headers: respondent }, 405],
      ["a query by POST", { method: "POST", url: "/api/trpc/response.get", headers: respondent, body: "{}" }, 405],
      ["no such procedure", { method: "POST", url: "/api/trpc/response.nothing", headers: respondent, body: saveInput }, 404],
      ["a name every object has", { method: "POST", url: "/api/trpc/constructor", headers: respondent, body: saveInput }, 404],
      ["a form body", { method: "POST", url: "/api/trpc/response.saveAnswer", headers: { ...respondent, "content-type": "application/x-www-form-urlencoded" }, body: "a=1" }, 415],
      ["a streaming call", { method: "POST", url: "/api/trpc/response.saveAnswer", headers: { ...respondent, "trpc-accept": "application/jsonl" }, body: saveInput }, 400],
      ["a body past the limit", { method: "POST", url: "/api/trpc/response.saveAnswer", headers: respondent, body: JSON.stringify({ json: { itemKey: "comments", value: "x".repeat(MAX_BODY_BYTES), seq: 101 } }) }, 413],
    ];
    for (const [what, call, status] of others) {
      expect(await throughFastPath(call), what).toBeNull();
      const headers = call.body === undefined ? call.headers : { ...call.headers, "content-length": String(Buffer.byteLength(call.body)) };
      expect((await throughAdapter({ ...call, headers })).status, what).toBe(status);
    }
  });
});
