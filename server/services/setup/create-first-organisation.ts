// First run: the first visitor of an installation without any organisation creates one and becomes its
// admin — once. The CLI (`npm run circles -- create-admin`) goes through the same function.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database, Transaction } from "@/db/connect";
import { memberships, organisations, users } from "@/db/schema";
import { ZEmail, ZNewPassword } from "@/lib/auth/password-rules";
import { ZName } from "@/lib/validation";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword } from "@/server/services/auth/password";

export const ZFirstOrganisation = z.strictObject({
  organisationName: ZName,
  name: ZName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TFirstOrganisation = z.infer<typeof ZFirstOrganisation>;

// Any constant: every instance (and the CLI) creating the first organisation takes this lock in turn.
const SETUP_LOCK_KEY = 726_371_205;

export const SETUP_DONE_MESSAGE = "This installation is already set up. Sign in, or ask one of its admins to invite you.";

/**
 * Creates the organisation and its admin in one transaction that first takes a database-wide lock and then
 * re-checks that there is still no organisation: of two visitors at the same moment, the second waits for
 * the first to commit, sees its organisation and is refused.
 */
export async function createFirstOrganisation({
  db,
  input,
  hooks = {},
}: {
  db: Database;
  input: TFirstOrganisation;
  /** Tests hold a visitor between the check and the insert, to prove that a second one cannot slip in. */
  hooks?: { afterCheck?: () => Promise<void> };
}) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK_KEY})`);
    const [existing] = await tx.select({ id: organisations.id }).from(organisations).limit(1);
    if (existing) throw new AppError("CONFLICT", SETUP_DONE_MESSAGE);
    await hooks.afterCheck?.();
    return insertOrganisationWithAdmin(tx, { ...input, passwordHash });
  });
}

/** An organisation, its first admin (a new account) and the audit entries; inside the caller's transaction. */
export async function insertOrganisationWithAdmin(
  tx: Transaction,
  input: { organisationName: string; name: string; email: string; passwordHash: string },
) {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (taken) {
    throw new AppError("CONFLICT", "An account with this email address already exists.", {
      email: ["an account with this address already exists"],
    });
  }
  const [organisation] = await tx
    .insert(organisations)
    .values({ name: input.organisationName, slug: await freeSlug(tx, input.organisationName) })
    .returning({ id: organisations.id, name: organisations.name, slug: organisations.slug });
  const [user] = await tx
    .insert(users)
    .values({ email: input.email, name: input.name, passwordHash: input.passwordHash })
    .returning({ id: users.id, email: users.email, name: users.name });
  const [membership] = await tx
    .insert(memberships)
    .values({ organisationId: organisation!.id, userId: user!.id, role: "admin" })
    .returning({ id: memberships.id });
  const actor = { organisationId: organisation!.id, userId: user!.id };
  await recordAudit(tx, actor, {
    action: "organisation.create",
    entityType: "organisation",
    entityId: organisation!.id,
    after: { name: organisation!.name, slug: organisation!.slug },
  });
  await recordAudit(tx, actor, {
    action: "member.create",
    entityType: "membership",
    entityId: membership!.id,
    after: { userId: user!.id, role: "admin", active: true },
  });
  return { organisation: organisation!, user: user!, membershipId: membership!.id };
}

/** `Riverside Hospital` → `riverside-hospital` (or `-2`, `-3` … when taken). */
async function freeSlug(tx: Transaction, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 48) || "organisation";
  const rows = await tx
    .select({ slug: organisations.slug })
    .from(organisations)
    .where(sql`${organisations.slug} = ${base} or ${organisations.slug} like ${`${base}-%`}`);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
