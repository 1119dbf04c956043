import { redirect } from "next/navigation";
import { getDatabase } from "@/db/client";
import { currentUserId } from "@/server/auth";
import { isSetupOpen } from "@/server/services/setup/setup-state";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (await currentUserId()) redirect("/dashboard");
  const { db } = await getDatabase();
  redirect((await isSetupOpen(db)) ? "/setup" : "/sign-in");
}
