// The command line's `create-admin`: for scripted installs and for recovering a locked-out organisation.
// Creates the first organisation when there is none (exactly like /setup), otherwise makes the person an
// admin of the named organisation (created if no organisation has that name).
import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/connect";
import { memberships, organisations, users } from "@/db/schema";
import { ZEmail, ZNewPassword } from "@/lib/auth/password-rules";
import { ZName } from "@/lib/validation";
import { AppError } from "@/server/errors";
import { recordAudit } from "@/server/services/audit/record-audit";
import { hashPassword } from "@/server/services/auth/password";
import { createFirstOrganisation, insertOrganisationWithAdmin } from "./create-first-organisation";

export type CreateAdminResult = {
  outcome: "created-first-organisation" | "created-organisation" | "added-admin" | "made-admin" | "already-admin";
  organisation: { id: string; name: string };
  user: { id: string; email: string };
};

/** Whether `email` already has an account (the CLI asks for a password only for a new one). */
export async function accountExists(db: Database, email: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase()));
  return rows.length > 0;
}

export async function createAdmin({
  db,
  organisationName,
  email: rawEmail,
  name: rawName,
  password,
}: {
  db: Database;
  organisationName: string;
  email: string;
  name: string;
  /** Needed for a new account; ignored for an existing one (use `reset-password` to change it). */
  password?: string;
}): Promise<CreateAdminResult> {
  const orgName = parseOr(ZName, organisationName, "organisation");
  const email = parseOr(ZEmail, rawEmail, "email");
  const name = parseOr(ZName, rawName, "name");
  const checkedPassword = () => {
    if (password === undefined) throw new AppError("BAD_REQUEST", "A new account needs a password.");
    return parseOr(ZNewPassword, password, "password");
  };

  const [anyOrganisation] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  if (!anyOrganisation && !(await accountExists(db, email))) {
    const input = { organisationName: orgName, name, email, password: checkedPassword() };
    const created = await createFirstOrganisation({ db, input }).catch((err: unknown) => {
      // Someone set the installation up at this very moment: carry on as for any other organisation.
      if (err instanceof AppError && err.code === "CONFLICT" && !err.fieldErrors) return null;
      throw err;
    });
    if (created) return { outcome: "created-first-organisation", organisation: created.organisation, user: created.user };
  }

  const passwordHash = (await accountExists(db, email)) ? null : await hashPassword(checkedPassword());
  return db.transaction(async (tx) => {
    const [organisation] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(sql`lower(${organisations.name}) = lower(${orgName})`)
      .limit(1)
      .for("update");
    if (!organisation) {
      if (!passwordHash) {
        throw new AppError("CONFLICT", `${email} already has an account; name an existing organisation to make them its admin.`);
      }
      const created = await insertOrganisationWithAdmin(tx, { organisationName: orgName, name, email, passwordHash });
      return { outcome: "created-organisation" as const, organisation: created.organisation, user: created.user };
    }

    let [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.email, email));
    if (!user) {
      [user] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id, email: users.email });
    }
    const actor = { organisationId: organisation.id, userId: user!.id };
    const [membership] = await tx
      .select({ id: memberships.id, role: memberships.role, active: memberships.active })
      .from(memberships)
      .where(and(eq(memberships.organisationId, organisation.id), eq(memberships.userId, user!.id)))
      .for("update");
    if (membership?.role === "admin" && membership.active) {
      return { outcome: "already-admin" as const, organisation, user: user! };
    }
    if (membership) {
      await tx
        .update(memberships)
        .set({ role: "admin", active: true, sites: [], units: [], updatedAt: new Date() })
        .where(eq(memberships.id, membership.id));
      await recordAudit(tx, actor, {
        action: "member.createAdmin",
        entityType: "membership",
        entityId: membership.id,
        before: { role: membership.role, active: membership.active },
        after: { role: "admin", active: true, by: "command line" },
      });
      return { outcome: "made-admin" as const, organisation, user: user! };
    }
    const [created] = await tx
      .insert(memberships)
      .values({ organisationId: organisation.id, userId: user!.id, role: "admin" })
      .returning({ id: memberships.id });
    await recordAudit(tx, actor, {
      action: "member.createAdmin",
      entityType: "membership",
      entityId: created!.id,
      after: { userId: user!.id, role: "admin", active: true, by: "command line" },
    });
    return { outcome: "added-admin" as const, organisation, user: user! };
  });
}

function parseOr<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("BAD_REQUEST", `${field}: ${parsed.error.issues.map((i) => i.message).join(", ")}`);
  return parsed.data;
}
