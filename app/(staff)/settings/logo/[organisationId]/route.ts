// Serves an organisation's logo with its checked type. Public (a logo is shown to anyone who sees the
// organisation's pages); the URL carries a version, so browsers may keep it.
import { getDatabase } from "@/db/client";
import { ZId } from "@/lib/validation";
import { readOrganisationLogo } from "@/server/services/organisation/read-logo";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ organisationId: string }> }) {
  const { organisationId } = await params;
  if (!ZId.safeParse(organisationId).success) return new Response("Not found", { status: 404 });
  const { db } = await getDatabase();
  const logo = await readOrganisationLogo({ db, organisationId });
  if (!logo) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(logo.data), {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.data.length),
      "Cache-Control": "public, max-age=86400",
      ETag: `"${logo.updatedAt.getTime()}"`,
      // Only ever an image: never sniffed as anything else, never able to run anything.
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
