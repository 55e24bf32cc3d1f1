import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";
import { briefingFileText } from "../../../src/core/serialize.js";
import { chooseTemplate } from "../../../src/import/choose.js";
import { fileReport, importReport } from "../../../src/import/report.js";
import type { ImportResult } from "../../../src/import/types.js";
import { createAjv } from "../../../src/io/ajv.js";
import { isEnglishWord } from "../../../src/io/words.js";
import { fixture } from "../../helpers/paths.js";
import { templates } from "./support.js";

// Golden files are rewritten with UPDATE_GOLDEN=1, then read and reviewed like any change.
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** Each real-world shape, and the template its labels name. */
const CASES: [name: string, template: string][] = [
  ["news-briefing", "standard"],
  ["daily-brief", "flash"],
  ["sitrep", "flash"],
  ["flash-update", "flash"],
  ["smart-brevity-item", "smart-brevity"],
  ["briefing-note", "bluf"],
  ["ocr-key-judgments", "flash"],
  ["runon", "smart-brevity"],
  // Markdown input gets the same dateline, byline, sign-off and clean-up handling.
  ["gas-storage-newsletter.md", "smart-brevity"],
  ["copper-ocr.md", "flash"],
  // Links written in the text: their addresses go to the sources, their text stays.
  ["port-links.md", "standard"],
  ["suez-references.md", "flash"],
  ["grain-corridor-pasted", "standard"],
  ["lng-cms-export", "flash"],
];

/** The fixture's file name: plain text unless the case names its extension. */
const fileOf = (name: string): string => (name.endsWith(".md") ? name : `${name}.txt`);
/** The golden files' base name. */
const baseOf = (name: string): string => name.replace(/\.md$/, "");

const all = [...templates.values()];

function importReal(
  name: string,
  clean = false,
): { text: string; result: ImportResult; id: string } {
  const file = fileOf(name);
  const text = readFileSync(fixture("import", "real", file), "utf8");
  const choice = chooseTemplate(text, file.endsWith(".md") ? "md" : "txt", all, {
    file,
    isWord: isEnglishWord,
    ...(clean ? { clean: true } : {}),
  });
  return { text, result: choice.result, id: choice.template.id };
}

function golden(file: string, actual: string): void {
  const path = fixture("import", "real", file);
  if (UPDATE || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

// Words as letters and digits; case and punctuation do not matter to "kept".
const WORD = /[\p{L}\p{N}]+/gu;
// List markers are structure, not words: "1.", "3)", "(a)".
const MARKER = /^[\s\u00a0]*(?:\d{1,2}[.)]|\([a-z0-9]{1,4}\)|[a-z]\))[\s\u00a0]+/u;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The words of the input that are neither in the briefing nor listed in the report: left
 * out with their line, written as a label the report names, or joined by a hyphenation
 * guess. Counted with repeats, so a word kept once does not cover its second use.
 */
function missingWords(input: string, yamlText: string, result: ImportResult): string[] {
  const have = new Map<string, number>();
  const add = (text: string): void => {
    for (const w of words(text)) have.set(w, (have.get(w) ?? 0) + 1);
  };
  add(strings(parse(yamlText)).join(" "));
  for (const l of result.leftOut ?? []) add(l.text);
  for (const g of result.guesses ?? []) if (g.kind === "label") add(g.reason);
  // A link's address, each time it is written, is listed with its line and column.
  for (const g of result.guesses ?? []) if (g.kind === "sources" && g.column) add(g.value);
  let body = input
    .split(/\r?\n/)
    .map((l) => l.replace(MARKER, ""))
    .join("\n")
    // Link markup is not words: an HTML anchor's tag, an entity, a reference's label.
    .replace(/<a\s[^>]*?href\s*=\s*["']?|<\/a\s*>/gi, " ")
    .replace(/&[a-z]+;/gi, " ")
    .replace(/\]\[[^\]]*\]/g, "]");
  for (const g of result.guesses ?? []) {
    if (g.kind !== "hyphenation") continue;
    const [, a, b] = /^"(\p{L}+)-"? (?:and ")?(\p{L}+)"/u.exec(g.reason) ?? [];
    if (a && b) body = body.replace(new RegExp(`${a}-\\s+${b}`, "u"), g.value);
  }
  const missing: string[] = [];
  for (const w of words(body)) {
    const n = have.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else have.set(w, n - 1);
  }
  return missing;
}

const validateReport = createAjv().compile(
  JSON.parse(readFileSync(fixture("..", "..", "schemas", "import-report.schema.json"), "utf8")),
);

describe.each(CASES)("real-world shape %s", (name, expected) => {
  const { text, result, id } = importReal(name);
  const yamlText = result.briefing ? briefingFileText(result.briefing, "yaml") : "";

  it(`is imported with the ${expected} template`, () => {
    expect(id).toBe(expected);
    expect(result.briefing).toBeDefined();
  });

  it("gives the expected briefing file, whole", () => {
    golden(`${baseOf(name)}.expected.yaml`, yamlText);
  });

  it("gives the expected report, whole, valid against its schema", () => {
    const report = importReport([
      fileReport(fileOf(name), result, {
        status: "written",
        template: id,
        problems: result.problems,
      }),
    ]);
    const json = `${JSON.stringify(report, null, 2)}\n`;
    golden(`${baseOf(name)}.report.json`, json);
    expect(validateReport(report)).toBe(true);
  });

  it("keeps every word: in the file, or listed in the report with its line", () => {
    expect(missingWords(text, yamlText, result)).toEqual([]);
  });

  it("places every line with text, or lists it as left out", () => {
    const placed = new Set(result.placed?.map((p) => p.line));
    const left = new Set((result.leftOut ?? []).map((l) => l.line));
    const lines = text.split(/\r?\n/);
    const unaccounted = lines
      .map((l, i) => [l, i + 1] as const)
      .filter(([l, n]) => l.trim() !== "" && !placed.has(n) && !left.has(n))
      .map(([, n]) => n);
    // A line whose only word was joined to the line above is placed with it.
    const joined = new Set(
      (result.guesses ?? []).filter((g) => g.kind === "hyphenation").map((g) => (g.line ?? 0) + 1),
    );
    expect(unaccounted.filter((n) => !joined.has(n))).toEqual([]);
  });
});

describe("the word check catches a lost word", () => {
  it("reports a word the briefing dropped", () => {
    const { text, result } = importReal("daily-brief");
    if (!result.briefing) throw new Error("no briefing");
    const lossy = { ...result.briefing, conclusion: "Expect a contested result." };
    expect(missingWords(text, briefingFileText(lossy, "yaml"), result)).toEqual([
      "that",
      "stands",
      "and",
      "a",
      "long",
      "court",
      "fight",
      "that",
      "changes",
      "little",
    ]);
  });
});

describe("OCR damage", () => {
  it("joins hyphenation splits only into real words, and keeps the rest as written", () => {
    const { result } = importReal("ocr-key-judgments");
    const b = result.briefing;
    expect(b?.sections[0]?.bullets?.slice(0, 2)).toEqual([
      "The Communist New People's Army has roughly doubled in size since 1983 and now operates in most provinces.",
      "Without broad reform of the armed forces, the insurgency will probably continue to grow over the next two years.",
    ]);
    expect(strings(b).join(" ")).toContain("Pre- and post-election");
  });

  it("without --clean, page markers and glued footnote digits stay, and are reported", () => {
    const { result } = importReal("ocr-key-judgments");
    expect(strings(result.briefing).join(" ")).toContain("(Page 3)");
    expect(strings(result.briefing).join(" ")).toContain("Armacost1,");
    expect(result.problems.filter((p) => p.severity === "warning").map((p) => p.message)).toEqual(
      expect.arrayContaining([
        "the text has page markers; they are kept, and --clean removes them",
        "the text has footnote digits; they are kept, and --clean removes them",
      ]),
    );
  });

  it("with --clean, they are removed and listed as left out with their lines", () => {
    const { result } = importReal("ocr-key-judgments", true);
    const text = strings(result.briefing).join(" ");
    expect(text).not.toContain("(Page 3)");
    expect(text).toContain("Under Secretary Armacost, have pressed");
    expect(result.leftOut).toEqual([
      { line: 8, text: "(Page 3)", reason: "page marker" },
      { line: 11, text: "1", reason: 'footnote number after "Armacost"' },
    ]);
  });

  it("in Markdown too: --clean removes the page marker and the glued digit, and lists them", () => {
    const { result } = importReal("copper-ocr.md", true);
    const text = strings(result.briefing).join(" ");
    expect(text).not.toContain("(Page 4)");
    expect(text).toContain("the Chamber of Mines figures");
    expect(text).toContain("stop new investment in the region.");
    expect(result.leftOut).toEqual([
      { line: 3, text: "As of 21 August 2014", reason: "dateline", movedTo: "/meta/date" },
      { line: 9, text: "2", reason: 'footnote number after "Mines"' },
      { line: 14, text: "(Page 4)", reason: "page marker" },
    ]);
  });

  it("does not join a split whose joined word is not a word", () => {
    const { result } = importReal("ocr-key-judgments");
    expect(
      (result.guesses ?? []).filter((g) => g.kind === "hyphenation").map((g) => g.value),
    ).toEqual(["Communist", "insurgency"]);
  });
});
