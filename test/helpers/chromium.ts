import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Page } from "playwright-core";
import { tempDir } from "./paths.js";

/** Debian's Chromium, the browser the browser tests drive. */
export const CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless run on a closed network: no background connections, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Writes `html` as `name` in a temporary folder, opens it in a fresh headless Chromium and
 * hands the page and the folder to `use`; the browser and the folder go afterwards.
 */
export async function withPage(
  name: string,
  html: string,
  use: (page: Page, dir: string) => Promise<void>,
): Promise<void> {
  const { dir, cleanup } = tempDir();
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await use(page, dir);
  } finally {
    await context.close();
    cleanup();
  }
}
