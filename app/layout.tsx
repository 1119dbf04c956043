import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Circles", template: "%s · Circles" },
  description: "Linked feedback from everyone around one experience.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <noscript>
          <p role="alert" className="bg-amber-100 px-4 py-3 text-center text-sm text-amber-950">
            Circles needs JavaScript to save your answers and changes as you go. Please turn JavaScript on in your
            browser&apos;s settings (or open this page in another browser), then reload the page.
          </p>
        </noscript>
        {children}
      </body>
    </html>
  );
}
