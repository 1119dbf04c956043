import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { circleRouter } from "./routers/circle";
import { dashboardRouter } from "./routers/dashboard";
import { invitationRouter } from "./routers/invitation";
import { memberRouter } from "./routers/member";
import { messageRouter } from "./routers/message";
import { organisationRouter } from "./routers/organisation";
import { reportRouter } from "./routers/report";
import { respondentRouter } from "./routers/respondent";
import { responseRouter } from "./routers/response";
import { retentionRouter } from "./routers/retention";
import { setupRouter } from "./routers/setup";
import { surveyRouter } from "./routers/survey";
import { waveRouter } from "./routers/wave";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  audit: auditRouter,
  auth: authRouter,
  circle: circleRouter,
  dashboard: dashboardRouter,
  invitation: invitationRouter,
  member: memberRouter,
  message: messageRouter,
  organisation: organisationRouter,
  report: reportRouter,
  respondent: respondentRouter,
  response: responseRouter,
  retention: retentionRouter,
  setup: setupRouter,
  survey: surveyRouter,
  wave: waveRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
