// The organisation's logo: an uploaded PNG, JPEG or WebP of at most 512 KB, checked by its content (magic
// bytes), never by its name; kept in the database so every app instance serves the same one.
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/connect";
import { organisationLogos } from "@/db/schema";
import { detectImageType, MAX_LOGO_BYTES } from "@/lib/organisation/settings";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { Actor } from "@/server/trpc";
import { logoUrl } from "./get-settings";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export async function setOrganisationLogo({ db, actor, dataBase64 }: { db: Database; actor: Actor; dataBase64: string }) {
  if (!BASE64.test(dataBase64) || dataBase64.length % 4 !== 0) {
    throw new AppError("BAD_REQUEST", "The logo could not be read. Choose the file again.");
  }
  const data = Buffer.from(dataBase64, "base64");
  if (data.length === 0) throw new AppError("BAD_REQUEST", "The logo file is empty.");
  if (data.length > MAX_LOGO_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", `The logo is ${Math.ceil(data.length / 1024)} KB; it can be at most 512 KB.`);
  }
  const contentType = detectImageType(data);
  if (!contentType) throw new AppError("BAD_REQUEST", "The logo must be a PNG, JPEG or WebP image.");
  const now = new Date();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ contentType: organisationLogos.contentType, updatedAt: organisationLogos.updatedAt })
      .from(organisationLogos)
      .where(eq(organisationLogos.organisationId, actor.organisationId));
    await tx
      .insert(organisationLogos)
      .values({ organisationId: actor.organisationId, contentType, data, updatedAt: now })
      .onConflictDoUpdate({ target: organisationLogos.organisationId, set: { contentType, data, updatedAt: now } });
    await recordAudit(tx, actor, {
      action: "organisation.setLogo",
      entityType: "organisation",
      entityId: actor.organisationId,
      before: before ? { logo: before.contentType } : { logo: null },
      after: { logo: contentType, bytes: data.length, sha256: createHash("sha256").update(data).digest("hex") },
    });
    return { url: logoUrl(actor.organisationId, now), contentType };
  });
}

