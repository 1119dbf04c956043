import { handleTrpcRequest } from "@/server/http";
import { createRequestContext } from "@/server/request-context";

export const dynamic = "force-dynamic";

const handler = (req: Request) => handleTrpcRequest(req, ({ resHeaders }) => createRequestContext({ headers: req.headers, resHeaders }));
export { handler as GET, handler as POST };
