// The report's CSV download: `?form=long|wide` plus the report's filters. Goes through the same
// procedure as every other call (report.export: role, organisation, anonymity, audit) and streams the
// rows as the database pages them, so a large wave never sits in memory.
import { TRPCError } from "@trpc/server";
import { filtersFromSearchParams, ZReportFilters } from "@/lib/report/filters";
import { logger } from "@/server/logger";
import { createRequestContext } from "@/server/request-context";
import { createCaller } from "@/server/root";

export const dynamic = "force-dynamic";

const REFUSED: Partial<Record<TRPCError["code"], [number, string]>> = {
  UNAUTHORIZED: [401, "Sign in to download reports."],
  FORBIDDEN: [403, "Reports are for managers and admins of this organisation."],
  NOT_FOUND: [404, "This wave was not found."],
  BAD_REQUEST: [400, "The download could not be made: the wave or the filters in the address are not valid."],
};

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}

export async function GET(req: Request, { params }: { params: Promise<{ waveId: string }> }) {
  const { waveId } = await params;
  const search = new URL(req.url).searchParams;
  const form = search.get("form");
  if (form !== "long" && form !== "wide") {
    return plain(400, "Choose form=long (one row per answer) or form=wide (one row per respondent).");
  }
  // Unlike the page, a download never drops a filter it cannot read: it would export more than asked.
  const parsed = ZReportFilters.safeParse(
    filtersFromSearchParams({
      site: search.get("site") ?? undefined,
      unit: search.get("unit") ?? undefined,
      month: search.get("month") ?? undefined,
      answeredBy: search.get("answeredBy") ?? undefined,
      perspectives: search.getAll("perspectives").join(","),
    }),
  );
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))].join(", ");
    return plain(400, `The download could not be made: these filters are not valid: ${fields}.`);
  }

  let result: { filename: string; chunks: AsyncGenerator<string> };
  try {
    // A download is a GET the browser navigates to (no JSON body, no Origin): the same-origin check of
    // mutations is not for it; the session and role are checked as for any call.
    const ctx = { ...(await createRequestContext({ headers: req.headers, resHeaders: null })), request: null };
    result = await createCaller(ctx).report.export({ waveId, filters: parsed.data, form });
  } catch (err) {
    const refused = err instanceof TRPCError ? REFUSED[err.code] : undefined;
    if (refused) return plain(...refused);
    logger.error({ err, waveId }, "report export failed");
    return plain(500, "Something went wrong on our side. Please try again.");
  }

  const encoder = new TextEncoder();
  const { chunks, filename } = result;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A byte-order mark, so spreadsheet programs read accented names and comments as UTF-8.
      controller.enqueue(encoder.encode("\uFEFF"));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        // Headers are gone already: cut the download short rather than hand over a file that looks complete.
        logger.error({ err, waveId }, "report export failed while streaming");
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
