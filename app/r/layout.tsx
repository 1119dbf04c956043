import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false, follow: false } };

/** Respondent pages: no staff chrome, no client data layer — only what a phone needs. */
export default function RespondentLayout({ children }: { children: ReactNode }) {
  return <div className="mx-auto min-h-screen max-w-xl px-5 py-8">{children}</div>;
}
