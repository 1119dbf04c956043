import { circleRouter } from "./routers/circle";
import { dashboardRouter } from "./routers/dashboard";
import { memberRouter } from "./routers/member";
import { messageRouter } from "./routers/message";
import { organisationRouter } from "./routers/organisation";
import { respondentRouter } from "./routers/respondent";
import { responseRouter } from "./routers/response";
import { surveyRouter } from "./routers/survey";
import { waveRouter } from "./routers/wave";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  circle: circleRouter,
  dashboard: dashboardRouter,
  member: memberRouter,
  message: messageRouter,
  organisation: organisationRouter,
  respondent: respondentRouter,
  response: responseRouter,
  survey: surveyRouter,
  wave: waveRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
