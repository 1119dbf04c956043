import type { Metadata } from "next";

// Sent with `Cache-Control: no-store` like every respondent page.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Survey closed" };

export default function ClosedPage() {
  return (
    <main>
      <h1 className="text-2xl font-semibold">This survey has closed</h1>
      <p className="mt-4 text-lg">Thank you for your interest. The time for answering this survey has ended.</p>
    </main>
  );
}
