import { describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Briefing } from "../../src/core/types.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { digestRenderers, type DigestItem } from "../../src/render/digest.js";
import { oneLine } from "../../src/render/sanitize.js";
import { CHROMIUM, withPage } from "../helpers/chromium.js";
import { root } from "../helpers/paths.js";

// "Print the HTML" is how a digest becomes a PDF: in a real browser, the contents links
// must land on their items, and the print stylesheet must start every briefing on a new
// page. Needs Chromium (/usr/bin/chromium) and pdftotext (poppler-utils).
const missing = [
  ...(existsSync(CHROMIUM) ? [] : [CHROMIUM]),
  ...(spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0 ? [] : ["pdftotext"]),
];
if (missing.length > 0)
  console.warn(`Skipping the digest print test: ${missing.join(" and ")} not installed.`);
const itWithBrowser = missing.length === 0 ? it : it.skip;

describe("the HTML digest in Chromium", () => {
  itWithBrowser(
    "links its contents to each item and prints each briefing from the top of a page",
    async () => {
      const templates = await loadBuiltinTemplates();
      const files = [
        "freight-rates.yaml",
        "economics/services-inflation.yaml",
        "cyber/hospital-ransomware.yaml",
      ];
      const items: DigestItem[] = files.map((f) => {
        const briefing = parse(readFileSync(join(root, "examples", f), "utf8")) as Briefing;
        const template = templates.get(briefing.template ?? "standard");
        return { path: f, briefing, ...(template ? { template } : {}) };
      });
      const digest = digestRenderers.html({ title: "Digest", note: "3 briefings", items }, {});
      await withPage("digest.html", digest, async (page, dir) => {
        const links = page.locator("nav a");
        expect(await links.count()).toBe(3);
        for (const [i, item] of items.entries()) {
          await links.nth(i).click();
          const target = page.locator(":target h2.headline");
          expect(await target.textContent()).toBe(oneLine(item.briefing.headline));
        }
        const pdf = join(dir, "digest.pdf");
        writeFileSync(pdf, await page.pdf({ format: "A4" }));
        const pages = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" })
          .split("\f")
          .map((p) => p.replace(/\s+/g, " ").trim());
        // Each briefing's headline opens a page (after the contents page).
        for (const item of items) {
          const headline = oneLine(item.briefing.headline).split(" ").slice(0, 4).join(" ");
          expect(pages.some((p) => p.startsWith(headline))).toBe(true);
        }
      });
    },
    60_000,
  );
});
