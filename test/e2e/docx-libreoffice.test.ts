import { describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { DEFAULT_OUTPUT_WORDS, valueWord } from "../../src/core/output-words.js";
import type { Briefing } from "../../src/core/types.js";
import { loadBuiltinTemplates } from "../../src/io/templates.js";
import { docx } from "../../src/render/docx.js";
import { resolveBriefing } from "../../src/render/resolve.js";
import { cleanLabel, oneLine } from "../../src/render/sanitize.js";
import { root, tempDir } from "../helpers/paths.js";

// LibreOffice, a second and independent reader of Word files, lays the document out and
// prints it to PDF; the PDF's text must be the briefing's. It needs `soffice`
// (libreoffice-writer-nogui) and `pdftotext` (poppler-utils), which .ci/run installs.
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const missing = ["soffice", "pdftotext"].filter((cmd) => !has(cmd));
if (missing.length > 0)
  console.warn(
    `Skipping the LibreOffice DOCX test: ${missing.join(" and ")} not installed ` +
      "(apt-get install libreoffice-writer-nogui poppler-utils).",
  );
const itWithLibreOffice = missing.length === 0 ? it : it.skip;

/** Words of a text, list markers dropped: line breaks and hyphenation are LibreOffice's. */
function words(text: string): string[] {
  return text.replace(/[•\f]/g, " ").split(/\s+/).filter(Boolean);
}

function briefingText(b: Briefing, template: Parameters<typeof resolveBriefing>[1]): string[] {
  const r = resolveBriefing(b, template);
  const parts = [r.headline, r.summary];
  for (const s of r.sections) parts.push(cleanLabel(s.label), s.lead, ...s.bullets);
  parts.push(cleanLabel(r.conclusionLabel), r.conclusion, "About this briefing");
  const m = r.meta ?? {};
  if (m.date) parts.push("Date", m.date);
  if (m.author) parts.push("Author", m.author);
  // Status and confidence are printed as the output-words table names them ("Final").
  if (m.status) parts.push("Status", valueWord(DEFAULT_OUTPUT_WORDS, m.status));
  if (m.confidence) parts.push("Confidence", valueWord(DEFAULT_OUTPUT_WORDS, m.confidence));
  if (m.tags?.length) parts.push("Tags", m.tags.join(", "));
  if (m.sources?.length) parts.push("Sources", ...m.sources.map((s) => s.title));
  return words(parts.map(oneLine).join(" "));
}

describe("the DOCX export in LibreOffice", () => {
  itWithLibreOffice(
    "converts to a PDF whose text is the briefing's, on Letter paper when asked",
    async () => {
      const template = (await loadBuiltinTemplates()).get("standard");
      const briefing = parse(
        readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8"),
      ) as Briefing;
      const { dir, cleanup } = tempDir();
      try {
        const file = join(dir, "brief.docx");
        writeFileSync(
          file,
          await docx.render(briefing, { ...(template ? { template } : {}), page: "letter" }),
        );
        // A private profile: a user's LibreOffice settings (or a running instance) must not interfere.
        const profile = join(dir, "profile");
        mkdirSync(profile);
        execFileSync(
          "soffice",
          [
            `-env:UserInstallation=file://${profile}`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            file,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
        const pdf = join(dir, "brief.pdf");
        const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], {
          encoding: "utf8",
        });
        expect(words(text)).toEqual(briefingText(briefing, template));
        // Letter is 612 × 792 points; A4 would be 595 × 842.
        const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
        expect(info).toMatch(/Page size:\s+612 x 792 pts/);
      } finally {
        cleanup();
      }
    },
    180_000,
  );
});
