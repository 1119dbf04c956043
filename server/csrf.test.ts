// No request from another origin can change anything (DESIGN.md): every mutation over HTTP, through the
// fetch adapter (`next dev`, and the production server's fallback) and the production server's fast path,
// with any content type. Form bodies are refused outright: no mutation takes one.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/db/connect";
import { respondents, surveys } from "@/db/schema";
import { requestOriginOf, RESPONDENT_COOKIE } from "@/server/context";
import { answerSingleCall, handleTrpcRequest } from "@/server/http";
import { openTestDatabase } from "@/test/db";
import { callerFor, contextFor, createOrganisation, openHospitalStayWave, type TestOrganisation } from "@/test/factories";

let open: OpenDatabase;
let org: TestOrganisation;
let patient: { id: string; token: string };

beforeAll(async () => {
  open = await openTestDatabase();
  org = await createOrganisation(open, "Csrf");
  const { waveId } = await openHospitalStayWave(open, org, { name: "Csrf" });
  const circle = await callerFor(open, { userId: org.staff.id }).circle.create({ waveId, circle: { respondents: [{ perspectiveKey: "patient" }] } });
  patient = circle.respondents[0]!;
});
afterAll(() => open.close());

const HOST = "circles.test:3100";

function contextOf(headers: Headers, userId: string | null, respondentToken: string | null = null) {
  return { ...contextFor(open, { userId }), respondentToken, request: requestOriginOf(headers) };
}

/** Through tRPC's fetch adapter. */
async function viaAdapter(path: string, headers: Record<string, string>, body: BodyInit, who: { userId?: string; token?: string }) {
  const h = new Headers({ host: HOST, ...headers });
  if (who.token) h.set("cookie", `${RESPONDENT_COOKIE}=${who.token}`);
  const req = new Request(`http://${HOST}/api/trpc/${path}`, { method: "POST", headers: h, body });
  const res = await handleTrpcRequest(req, async () => contextOf(h, who.userId ?? null, who.token ?? null));
  return res.status;
}

/** Through the production server's fast path (JSON bodies). */
async function viaFastPath(path: string, headers: Record<string, string>, input: unknown, who: { userId?: string; token?: string }) {
  const all: Record<string, string> = { host: HOST, "content-type": "application/json", ...headers };
  const h = new Headers(all);
  const reply = await answerSingleCall(
    { method: "POST", url: `/api/trpc/${path}`, header: (name) => all[name], body: Buffer.from(JSON.stringify({ json: input })) },
    async () => contextOf(h, who.userId ?? null, who.token ?? null),
  );
  return reply!.status;
}

async function patientStatus() {
  const [row] = await open.db.select({ status: respondents.status }).from(respondents).where(eq(respondents.id, patient.id));
  return row!.status;
}

async function surveyCount() {
  const [row] = await open.db.select({ n: sql<number>`count(*)::int` }).from(surveys).where(eq(surveys.organisationId, org.organisation.id));
  return row!.n;
}

describe("mutations from another origin", () => {
  it("an empty multipart form from another port of the same host cannot decline a respondent", async () => {
    const form = new FormData();
    const status = await viaAdapter("response.decline", { origin: "http://circles.test:9999", "sec-fetch-site": "same-site" }, form, { token: patient.token });
    expect(status).toBe(415);
    // Even one claiming to come from this origin: no mutation takes a form.
    expect(await viaAdapter("response.decline", { origin: `http://${HOST}`, "sec-fetch-site": "same-origin" }, new FormData(), { token: patient.token })).toBe(415);
    expect(await viaAdapter("response.decline", { "content-type": "text/plain" }, "{}", { token: patient.token })).toBe(415);
    expect(await patientStatus()).not.toBe("declined");
  });

  it("JSON from another origin is refused on both paths, whatever the procedure; nothing changes", async () => {
    const before = await surveyCount();
    const others: Record<string, string>[] = [
      { origin: "http://circles.test:9999", "sec-fetch-site": "same-site" },
      { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
    ];
    for (const headers of others) {
      expect(await viaFastPath("survey.create", headers, { name: "Forged" }, { userId: org.admin.id }), JSON.stringify(headers)).toBe(403);
      const body = JSON.stringify({ json: { name: "Forged" } });
      expect(await viaAdapter("survey.create", { ...headers, "content-type": "application/json" }, body, { userId: org.admin.id })).toBe(403);
      expect(await viaFastPath("response.saveAnswer", headers, { itemKey: "respect", value: 1, seq: 1 }, { token: patient.token })).toBe(403);
      expect(await viaFastPath("response.decline", headers, undefined, { token: patient.token })).toBe(403);
    }
    expect(await surveyCount()).toBe(before);
    expect(await patientStatus()).not.toBe("declined");
  });

  it("the app's own pages (and clients that are not browsers) still change things", async () => {
    const before = await surveyCount();
    expect(await viaFastPath("survey.create", { origin: `http://${HOST}`, "sec-fetch-site": "same-origin" }, { name: "Ours" }, { userId: org.admin.id })).toBe(200);
    expect(await viaFastPath("survey.create", {}, { name: "A script's" }, { userId: org.admin.id })).toBe(200);
    expect(await viaFastPath("response.saveAnswer", { origin: `http://${HOST}` }, { itemKey: "respect", value: 4, seq: 1 }, { token: patient.token })).toBe(200);
    expect(await surveyCount()).toBe(before + 2);
  });
});
