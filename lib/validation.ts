// Input pieces every procedure shares: ids and bounded text. Objects built from them are strict.
import { z } from "zod";

export const ZId = z.uuid({ message: "must be an id (a UUID)" });
export const ZName = z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
export const ZDescription = z.string().trim().max(2000, "must be at most 2000 characters");
