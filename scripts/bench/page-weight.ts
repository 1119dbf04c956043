// The JavaScript a page makes a phone download, gzip-compressed, measured in Chromium: every script the
// page loads (after hydration), fetched again and compressed the way the server would send it.
import { gzipSync } from "node:zlib";
import { chromium, devices } from "@playwright/test";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export async function pageJsGzipKb(url: string, cookie?: { name: string; value: string }): Promise<number> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ ...devices["Pixel 7"] });
    if (cookie) await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on("response", (res) => {
      if (res.request().resourceType() === "script") scripts.add(res.url());
    });
    await page.goto(url, { waitUntil: "networkidle" });
    let bytes = 0;
    for (const src of scripts) {
      const body = Buffer.from(await (await fetch(src)).arrayBuffer());
      bytes += gzipSync(body, { level: 6 }).length;
    }
    return bytes / 1024;
  } finally {
    await browser.close();
  }
}
