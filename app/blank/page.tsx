import type { Metadata } from "next";

export const metadata: Metadata = { title: "Circles", robots: { index: false, follow: false } };

/** An empty page: `npm run bench` compares the JavaScript of respondent pages with this one's. */
export default function BlankPage() {
  return <main />;
}
