import { handleTrpcRequest } from "@/server/http";
import { createRequestContext } from "@/server/request-context";

export const dynamic = "force-dynamic";

const handler = (req: Request) => handleTrpcRequest(req, createRequestContext);
export { handler as GET, handler as POST };
