// tRPC: initialisation, the error formatter and the procedure builders. `t` itself is not exported.
import { initTRPC, TRPCError } from "@trpc/server";
import { asc, eq } from "drizzle-orm";
import superjson from "superjson";
import { ZodError } from "zod";
import { memberships, organisations, type TMemberRole } from "@/db/schema";
import { findRespondentByLink } from "@/server/services/response/load-respondent";
import {
  linkGuessingBlocked,
  linkGuessingKnownBlocked,
  recordFailedLink,
  TOO_MANY_TRIES,
  tooManyTries,
} from "@/server/services/respondent/link-guessing";
import { hashToken, looksLikeToken } from "@/server/tokens";
import { crossOriginRefusal, type Context } from "./context";
import { AppError } from "./errors";

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

/** The cause of a refusal because the member's access or session has ended (not a missing role). */
class AccessEnded extends Error {}

/** `name: Too big: expected string to have <=200 characters; extra: Unrecognized key` */
export function describeZodError(error: ZodError): { message: string; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "(input)";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const message = Object.entries(fieldErrors)
    .slice(0, 10)
    .map(([field, messages]) => `${field}: ${messages.join(", ")}`)
    .join("; ");
  return { message: `Invalid input — ${message}`, fieldErrors };
}

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  // Only what a client may read: our own messages, never SQL, stack traces or internal errors.
  errorFormatter({ shape, error }) {
    const zod = error.cause instanceof ZodError ? describeZodError(error.cause) : null;
    const app = error.cause instanceof AppError ? error.cause : null;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: zod ? zod.message : internal ? INTERNAL_MESSAGE : error.message,
      code: shape.code,
      data: {
        code: error.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zod?.fieldErrors ?? app?.fieldErrors ?? null,
        // Signed-in screens show "your access has ended" for these, whatever call met them.
        accessEnded: error.code === "UNAUTHORIZED" || error.cause instanceof AccessEnded,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw AppError; here each becomes the tRPC error of the same code (and HTTP status). */
function withAppErrorsMapped<R extends { ok: boolean; error?: { cause?: unknown } }>(result: R): R {
  if (!result.ok && result.error?.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
}

const mapAppErrors = t.middleware(async ({ next }) => withAppErrorsMapped(await next()));

/** No change from another origin (CSRF): every mutation of every procedure over HTTP, before its input is read. */
function refuseCrossOrigin(ctx: Context, type: string) {
  if (type !== "mutation" || !ctx.request) return;
  const refusal = crossOriginRefusal(ctx.request);
  if (refusal) throw new TRPCError({ code: ctx.request.contentType === "application/json" ? "FORBIDDEN" : "UNSUPPORTED_MEDIA_TYPE", message: refusal });
}

const sameOriginChanges = t.middleware(({ ctx, type, next }) => {
  refuseCrossOrigin(ctx, type);
  return next();
});

export const publicProcedure = t.procedure.use(sameOriginChanges).use(mapAppErrors);

export const signedInProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const userId = await ctx.getUserId();
  if (!userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  // What a middleware passes is added to the context it had (tRPC merges the two).
  return next({ ctx: { userId } });
});

/** Where a member restricted to some sites and units may work; empty lists mean every site or unit. */
export type TMemberScope = { sites: string[]; units: string[] };

export type Actor = {
  userId: string;
  organisationId: string;
  membershipId: string;
  role: TMemberRole;
  /** Staff restricted to sites/units see and start circles only there; null: everywhere (admins, managers). */
  scope?: TMemberScope | null;
};

/**
 * A signed-in member of the organisation they are working in, holding one of `roles`.
 * Membership, its active flag and role are read from the database on every call, so a
 * deactivated member's next call is refused.
 */
export function memberProcedure(...roles: [TMemberRole, ...TMemberRole[]]) {
  return signedInProcedure.use(async ({ ctx, next }) => {
    const rows = await ctx.db
      .select({
        membershipId: memberships.id,
        organisationId: memberships.organisationId,
        role: memberships.role,
        active: memberships.active,
        sites: memberships.sites,
        units: memberships.units,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, ctx.userId))
      .orderBy(asc(organisations.name));
    const requested = ctx.requestedOrganisationId
      ? rows.find((r) => r.organisationId === ctx.requestedOrganisationId)
      : undefined;
    if (requested && !requested.active) {
      const message = "Your access to this organisation has been removed.";
      throw new TRPCError({ code: "FORBIDDEN", message, cause: new AccessEnded(message) });
    }
    const membership = requested ?? rows.find((r) => r.active);
    if (!membership) {
      const message = "Your account is not an active member of any organisation.";
      throw new TRPCError({ code: "FORBIDDEN", message, cause: new AccessEnded(message) });
    }
    if (!roles.includes(membership.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `This needs the ${roles.join(" or ")} role; you are ${membership.role}.`,
      });
    }
    const actor: Actor = {
      userId: ctx.userId,
      organisationId: membership.organisationId,
      membershipId: membership.membershipId,
      role: membership.role,
      scope:
        membership.role === "staff" && (membership.sites.length > 0 || membership.units.length > 0)
          ? { sites: membership.sites, units: membership.units }
          : null,
    };
    return next({ ctx: { actor } });
  });
}

export const anyMemberProcedure = memberProcedure("admin", "manager", "staff");
export const adminProcedure = memberProcedure("admin");

export type RespondentActor = {
  respondentId: string;
  organisationId: string;
  waveId: string;
  circleId: string;
  perspectiveId: string;
  perspectiveKey: string;
  surveyVersionId: string;
  waveStatus: "draft" | "open" | "closed";
};

const UNKNOWN_LINK = "This link is not valid. Please use the link you were sent.";

/** A respondent, known by the personal link's token that the entry page exchanged for a cookie. */
export const respondentProcedure = publicProcedure.use(async ({ ctx, next }) => {
  // Guessing by cookie is limited as guessing by link is: refused before the link is even looked up.
  if (await linkGuessingBlocked(ctx.db, ctx.ip)) throw tooManyTries();
  const token = ctx.respondentToken;
  const respondent = token && looksLikeToken(token) ? await findRespondentByLink(ctx.db, hashToken(token)) : null;
  if (!respondent) {
    if (token) await recordFailedLink(ctx.db, ctx.ip);
    throw new TRPCError({ code: "UNAUTHORIZED", message: UNKNOWN_LINK });
  }
  return next({ ctx: { respondent } });
});

/** A made-up respondent cookie counts as a failed link (`link-guessing.ts`); no cookie at all does not. */
async function countFailedLink(ctx: Context) {
  if (ctx.respondentToken) await recordFailedLink(ctx.db, ctx.ip);
}

/**
 * The hot path of saving answers: only the link as presented (its hash). The service resolves and
 * checks it inside its own statement (one round trip), refusing unknown and revoked links as UNAUTHORIZED
 * like `respondentProcedure` does.
 */
export const respondentLinkProcedure = t.procedure.use(async ({ ctx, type, next }) => {
  refuseCrossOrigin(ctx, type);
  // The hot path asks this instance's memory, not the database; failures are still counted in the database.
  if (linkGuessingKnownBlocked(ctx.ip)) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: TOO_MANY_TRIES });
  const token = ctx.respondentToken;
  if (!token || !looksLikeToken(token)) {
    await countFailedLink(ctx);
    throw new TRPCError({ code: "UNAUTHORIZED", message: UNKNOWN_LINK });
  }
  // publicProcedure's error mapping done here: one middleware less on the path every answer takes.
  const result = await next({ ctx: { link: { tokenHash: hashToken(token) } } });
  if (!result.ok && result.error.cause instanceof AppError && result.error.cause.code === "UNAUTHORIZED") await countFailedLink(ctx);
  return withAppErrorsMapped(result);
});
