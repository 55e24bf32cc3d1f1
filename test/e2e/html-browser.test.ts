import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { parse } from "yaml";
import type { Briefing } from "../../src/core/types.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { html } from "../../src/render/html.js";
import { CHROMIUM, withPage } from "../helpers/chromium.js";
import { root } from "../helpers/paths.js";

// Opens the exported page in a real browser: it must show every part and print on at most
// two A4 pages. Needs Chromium at /usr/bin/chromium; CI must have it, elsewhere it is optional.
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === "true";
if (!haveChromium && !inCi) {
  console.warn(`Skipping the HTML browser test: ${CHROMIUM} is not installed.`);
}
const itWithChromium = haveChromium || inCi ? it : it.skip;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page with every rule it has, best practices included. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // Runs in the page, where axe and the document are globals.
    const page = globalThis as unknown as {
      axe: { run: (...a: unknown[]) => Promise<unknown> };
      document: unknown;
    };
    const results = (await page.axe.run(page.document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    })) as { violations: AxeViolation[]; passes: { id: string }[] };
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

/** PDF page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe("the HTML export in Chromium", () => {
  itWithChromium(
    "shows the headline, every section and the conclusion, and prints on at most two A4 pages",
    async () => {
      if (!haveChromium) {
        throw new Error(
          `${CHROMIUM} not found: CI must install Chromium (apt-get install chromium) to run this test.`,
        );
      }
      const template = (await loadBuiltinTemplates()).get("standard");
      expect(template?.id).toBe("standard");
      const briefing = parse(
        readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8"),
      ) as Briefing;
      await withPage("freight-rates.html", html.render(briefing, { template }), async (page) => {
        expect(await page.title()).toBe(briefing.headline);
        const h1 = page.locator("h1");
        expect(await h1.isVisible()).toBe(true);
        expect(await h1.textContent()).toBe(briefing.headline);
        const labels = ["Details", "Context", "Important to Know", "Conclusion"];
        expect(await page.locator("h2").allTextContents()).toEqual([...labels, "Sources"]);
        for (const label of labels) {
          const heading = page.getByRole("heading", { level: 2, name: label, exact: true });
          expect(await heading.isVisible()).toBe(true);
        }
        expect(await page.locator("section li").count()).toBe(13);
        expect(await page.locator("footer a[href^='https://']").count()).toBe(3);

        // axe-core finds no violation, best-practice rules (landmarks, heading order) included.
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.locator("main > article h1").count()).toBe(1);

        const pdf = await page.pdf({ format: "A4" });
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        const pages = pdfPageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
      });
    },
    60_000,
  );
});
