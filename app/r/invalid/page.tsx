import type { Metadata } from "next";

// Sent with `Cache-Control: no-store` like every respondent page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Link not valid" };

/** One page for unknown, revoked and expired links alike: it must not hint which. */
export default function InvalidLinkPage() {
  return (
    <main>
      <h1 className="text-2xl font-semibold">This link does not work</h1>
      <p className="mt-4 text-lg">
        Please check that you opened the whole link you were sent, or ask the person who gave it to you for a new one.
      </p>
    </main>
  );
}
