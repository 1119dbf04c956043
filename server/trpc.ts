// tRPC: initialisation, the error formatter and the procedure builders. `t` itself is not exported.
import { initTRPC, TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import superjson from "superjson";
import { ZodError } from "zod";
import { memberships, organisations, perspectives, respondents, waves, type TMemberRole } from "@/db/schema";
import { hashToken, looksLikeToken } from "@/server/tokens";
import type { Context } from "./context";
import { AppError } from "./errors";

const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

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
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Services throw AppError; here each becomes the tRPC error of the same code (and HTTP status). */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapAppErrors);

export const signedInProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const userId = await ctx.getUserId();
  if (!userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in." });
  return next({ ctx: { ...ctx, userId } });
});

export type Actor = {
  userId: string;
  organisationId: string;
  membershipId: string;
  role: TMemberRole;
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
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(eq(memberships.userId, ctx.userId))
      .orderBy(asc(organisations.name));
    const requested = ctx.requestedOrganisationId
      ? rows.find((r) => r.organisationId === ctx.requestedOrganisationId)
      : undefined;
    if (requested && !requested.active) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your access to this organisation has been removed." });
    }
    const membership = requested ?? rows.find((r) => r.active);
    if (!membership) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Your account is not an active member of any organisation." });
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
    };
    return next({ ctx: { ...ctx, actor } });
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

/** A respondent, known by the personal link's token that the entry page exchanged for a cookie. */
export const respondentProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const token = ctx.respondentToken;
  const unknown = new TRPCError({ code: "UNAUTHORIZED", message: "This link is not valid. Please use the link you were sent." });
  if (!token || !looksLikeToken(token)) throw unknown;
  const [row] = await ctx.db
    .select({
      respondentId: respondents.id,
      organisationId: respondents.organisationId,
      waveId: respondents.waveId,
      circleId: respondents.circleId,
      perspectiveId: respondents.perspectiveId,
      perspectiveKey: perspectives.key,
      surveyVersionId: waves.surveyVersionId,
      waveStatus: waves.status,
    })
    .from(respondents)
    .innerJoin(waves, and(eq(waves.id, respondents.waveId), eq(waves.organisationId, respondents.organisationId)))
    .innerJoin(perspectives, eq(perspectives.id, respondents.perspectiveId))
    .where(eq(respondents.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) throw unknown;
  const respondent: RespondentActor = row;
  return next({ ctx: { ...ctx, respondent } });
});
