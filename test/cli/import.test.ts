import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

const SCHEMA_LINE = /^# yaml-language-server: \$schema=(\S+)\n/;
const expectedYaml = readFileSync(fixture("import", "messy.expected.yaml"), "utf8");
/** The file without its schema line, whose path depends on where the file is written. */
const body = (text: string): string => text.replace(SCHEMA_LINE, "");
const expectedBody = body(expectedYaml);
/**
 * Standard error without the warning lines: the rules that warn (a missing date, hedge
 * words, ...) are not what these tests are about, and their set grows.
 */
const noWarnings = (err: string) =>
  err
    .split("\n")
    .filter((l) => !/^\S+:\d+:\d+: warning: /.test(l))
    .join("\n");

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(fixture("import"), join(dir, "in"), { recursive: true });
});
afterEach(() => cleanup());

async function run(args: string[], stdin?: string) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const read = (...parts: string[]) => readFileSync(join(dir, ...parts), "utf8");

/** Copies fixtures into a folder of the temp dir, some of them into a subfolder. */
function archive(top: string[], sub: string[] = []): void {
  mkdirSync(join(dir, "archive", "sub"), { recursive: true });
  for (const f of top) cpSync(fixture("import", f), join(dir, "archive", f));
  for (const f of sub) cpSync(fixture("import", f), join(dir, "archive", "sub", f));
}

/** Every file under a folder, relative, sorted. */
function tree(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

describe("briefing import: one input", () => {
  it("writes YAML to stdout, starting with the schema line", async () => {
    const { code, out, err } = await run(["import", "in/messy.txt"]);
    expect(code).toBe(0);
    // A path from the output's folder to the template's schema in the package: it loads offline.
    const ref = SCHEMA_LINE.exec(out)?.[1] ?? "";
    expect(existsSync(resolve(dir, ref))).toBe(true);
    expect(ref.endsWith("schemas/templates/standard.schema.json")).toBe(true);
    expect(body(out)).toBe(expectedBody);
    expect(noWarnings(err)).toBe("");
    // The date in the summary became meta.date, so none is missing.
    expect(err).not.toContain("no date");
  });

  it("-o file.json writes JSON, by the extension", async () => {
    const { code, out, err } = await run(["import", "in/messy.txt", "-o", "brief.json"]);
    expect({ code, out }).toEqual({ code: 0, out: "" });
    expect(noWarnings(err)).toBe("1 imported to brief.json\n");
    const json = read("brief.json");
    expect(json.endsWith("}\n")).toBe(true);
    expect(JSON.parse(json)).toEqual(parse(expectedYaml));
  });

  it("-o file.yaml writes the same text as stdout", async () => {
    expect((await run(["import", "in/messy.txt", "-o", "brief.yaml"])).code).toBe(0);
    expect(body(read("brief.yaml"))).toBe(expectedBody);
  });

  it("refuses to overwrite without --force", async () => {
    writeFileSync(join(dir, "brief.yaml"), "keep me\n");
    const refused = await run(["import", "in/messy.txt", "-o", "brief.yaml"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      "briefing: brief.yaml already exists; use --force to overwrite it\n",
    );
    expect(refused.err.endsWith("0 imported to brief.yaml, 1 failed\n")).toBe(true);
    expect(read("brief.yaml")).toBe("keep me\n");
    const forced = await run(["import", "in/messy.txt", "-o", "brief.yaml", "--force"]);
    expect(forced.code).toBe(0);
    expect(body(read("brief.yaml"))).toBe(expectedBody);
  });

  it("reads stdin with -, detecting the format from the content", async () => {
    const txt = await run(["import", "-"], read("in", "messy.txt"));
    expect({ code: txt.code, err: noWarnings(txt.err) }).toEqual({ code: 0, err: "" });
    expect(body(txt.out)).toBe(expectedBody);
    const md = await run(["import", "-"], read("in", "headings.md"));
    expect(md.code).toBe(0);
    expect(parse(md.out)).toMatchObject({
      headline: "Why did the Lindqvist bridge close to lorries?",
    });
  });

  it("--stdin-filename names stdin in messages and gives its format", async () => {
    const { code, err } = await run(
      ["import", "-", "--stdin-filename", "pasted.txt"],
      read("in", "missing-conclusion.txt"),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^pasted\.txt:5:1: error: no conclusion: .* \(import\)$/m);
  });

  it("--from md reads a .txt file as Markdown", async () => {
    cpSync(join(dir, "in", "export-style.md"), join(dir, "pasted.txt"));
    const asText = await run(["import", "pasted.txt"]);
    // Read as text, the Markdown is kept as written: the title keeps its "# ".
    expect((parse(asText.out) as { headline: string }).headline).toMatch(/^# Why did/);
    const forced = await run(["import", "pasted.txt", "--from", "md"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toBe((await run(["import", "in/export-style.md"])).out);
  });

  it("--template flash names the sections by the flash labels", async () => {
    // With the standard template, "Key Points" is an alias of Important to Know.
    const standard = await run(["import", "in/flash.txt", "--template", "standard"]);
    expect(standard.code).toBe(1);
    expect(parse(standard.out)).toMatchObject({ sections: [{ id: "important" }] });
    expect(standard.err).toContain(
      'in/flash.txt:1:1: error: missing sections "Details", "Context" required by the standard template (template-sections)\n',
    );
    const { code, out, err } = await run(["import", "in/flash.txt", "--template", "flash"]);
    expect({ code, err: noWarnings(err) }).toEqual({ code: 0, err: "" });
    expect(parse(out)).toMatchObject({ template: "flash", sections: [{ id: "key-points" }] });
    // --template auto (the default) finds it.
    expect((await run(["import", "in/flash.txt"])).out).toBe(out);
  });

  it.each([
    ["bluf.txt", "bluf"],
    ["smart-brevity.txt", "smart-brevity"],
  ])("%s imports with --template %s and validates", async (file, template) => {
    expect((await run(["import", `in/${file}`, "-t", template, "-o", "out.yaml"])).code).toBe(0);
    expect((await run(["validate", "out.yaml"])).code).toBe(0);
  });

  it("--lenient keeps an unknown label as a custom section; the template check still flags it", async () => {
    const strict = await run(["import", "in/unknown-label.txt", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe("");
    expect(strict.err).toContain(
      'in/unknown-label.txt:6:1: error: "Outlook" (line 6) looks like a section label the standard template does not have; it is kept as a custom section: use --lenient to keep it as a custom section, or add it to the template\'s aliases (import)\n',
    );
    const { code, out, err } = await run(["import", "in/unknown-label.txt", "--lenient"]);
    expect(code).toBe(1);
    expect(parse(out)).toMatchObject({
      sections: [{ id: "details" }, { id: "outlook", label: "Outlook" }],
    });
    expect(err).toContain(
      'in/unknown-label.txt:6:1: error: section "Outlook" is not part of the standard template (its sections: Details (details), Context (context), Important to Know (important)) (template-sections)\n',
    );
  });

  it("an unknown label is reported once, by the import at its source line, not again by the template check", async () => {
    const { code, err } = await run(["import", "in/unknown-label.txt"]);
    expect(code).toBe(1);
    const about = err.split("\n").filter((l) => l.includes("Outlook"));
    expect(about).toEqual([
      'in/unknown-label.txt:6:1: error: "Outlook" (line 6) looks like a section label the standard template does not have; it is kept as a custom section: use --lenient to keep it as a custom section, or add it to the template\'s aliases (import)',
    ]);
    // The template's other findings still come through.
    expect(err).toContain(
      'missing sections "Context", "Important to Know" required by the standard template (template-sections)',
    );
  });

  it("a briefing that breaks a template limit is written, reported at its source line, exit 1", async () => {
    // Details has one bullet; the standard template asks for two.
    const { code, out, err } = await run([
      "import",
      "in/limit-bullet-count.txt",
      "-o",
      "one-bullet.yaml",
    ]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(noWarnings(err)).toBe(
      "in/limit-bullet-count.txt:3:1: error: Details must have at least 2 bullets; it has 1 (bullet-count)\n1 imported to one-bullet.yaml\n",
    );
    const written = parse(read("one-bullet.yaml")) as { sections: { bullets: string[] }[] };
    expect(written.sections[0]?.bullets).toEqual(["No member voted for a cut."]);
  });
});

describe("briefing import: located problems", () => {
  const cases: [string, string][] = [
    [
      "no-headline.txt",
      "1:1: error: no headline: the first line is a section label; it is kept as the headline",
    ],
    [
      "two-conclusions.txt",
      "7:1: error: a second conclusion; the first is on line 6, and this one is kept as a paragraph of it",
    ],
    ["empty-section.txt", '6:1: error: section "Context" has neither a lead nor bullets'],
    [
      "missing-conclusion.txt",
      '5:1: error: no conclusion: add a last part that starts with "Conclusion."',
    ],
  ];

  it.each(cases)("%s → %s, the file still written, exit 1", async (file, message) => {
    const { code, err } = await run(["import", `in/${file}`, "-t", "standard", "-o", "out.yaml"]);
    expect(code).toBe(1);
    expect(err.split("\n")[0]).toBe(`in/${file}:${message} (import)`);
    expect(err.endsWith("1 imported to out.yaml\n")).toBe(true);
    // validate shows the same file's problems as usual.
    expect((await run(["validate", "out.yaml"])).code).toBe(1);
  });

  it.each(cases)("%s with --strict: refused as before, nothing written", async (file, message) => {
    const { code, out, err } = await run(["import", `in/${file}`, "-t", "standard", "--strict"]);
    expect({ code, out }).toEqual({ code: 1, out: "" });
    expect(err.split("\n")[0]).toBe(`in/${file}:${message} (import)`);
    expect(err.endsWith("0 imported, 1 skipped (could not be read as a briefing)\n")).toBe(true);
  });

  it("an empty text is still refused", async () => {
    const { code, out, err } = await run(["import", "in/empty.txt"]);
    expect({ code, out }).toEqual({ code: 1, out: "" });
    expect(err.split("\n")[0]).toBe(
      "in/empty.txt:1:1: error: the text is empty; a briefing starts with its headline (import)",
    );
  });

  it("binary content is refused before it is parsed", async () => {
    const { code, err } = await run(["import", "in/binary.txt"]);
    expect(code).toBe(1);
    expect(err).toBe(
      "in/binary.txt:1:1: error: file is binary (it contains NUL bytes), not a briefing (encoding)\n0 imported, 1 skipped (could not be read as a briefing)\n",
    );
  });
});

describe("briefing import: many inputs", () => {
  it("--out-dir with a glob keeps subfolders and names the outputs .yaml", async () => {
    archive(["messy.txt"], ["export-style.md", "headings.md"]);
    cpSync(
      join(dir, "archive", "sub", "headings.md"),
      join(dir, "archive", "sub", "notes.markdown"),
    );
    const { code, err } = await run([
      "import",
      "archive/**/*.{txt,md,markdown}",
      "--out-dir",
      "out",
    ]);
    expect({ code, err: noWarnings(err) }).toEqual({ code: 0, err: "4 imported to out\n" });
    expect(tree(join(dir, "out"))).toEqual([
      "messy.yaml",
      "sub/export-style.yaml",
      "sub/headings.yaml",
      "sub/notes.yaml",
    ]);
  });

  it("--out-dir writes what the single import writes", async () => {
    archive([], ["messy.txt"]);
    expect((await run(["import", "archive/**/*.txt", "-d", "out"])).code).toBe(0);
    expect(body(read("out", "sub", "messy.yaml"))).toBe(expectedBody);
  });

  it("--out-dir with a folder argument searches it for *.txt, *.md and *.markdown", async () => {
    archive([], ["messy.txt"]);
    expect((await run(["import", "archive", "-d", "out2"])).code).toBe(0);
    expect(body(read("out2", "sub", "messy.yaml"))).toBe(expectedBody);
  });

  it("a batch goes on past bad files: errors located, a summary line, exit 1", async () => {
    archive(
      ["messy.txt", "two-conclusions.txt"],
      ["binary.txt", "front-matter.md", "empty-section.txt"],
    );
    const { code, out, err } = await run(["import", "archive/**/*.{txt,md}", "--out-dir", "out"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    const lines = noWarnings(err).split("\n");
    expect(lines.filter((l) => / error: .*\((?:import|encoding)\)$/.test(l))).toEqual([
      "archive/sub/binary.txt:1:1: error: file is binary (it contains NUL bytes), not a briefing (encoding)",
      'archive/sub/empty-section.txt:6:1: error: section "Context" has neither a lead nor bullets (import)',
      "archive/two-conclusions.txt:7:1: error: a second conclusion; the first is on line 6, and this one is kept as a paragraph of it (import)",
    ]);
    expect(lines.slice(-2)).toEqual([
      "4 imported to out, 1 skipped (could not be read as a briefing)",
      "",
    ]);
    expect(tree(join(dir, "out"))).toEqual([
      "messy.yaml",
      "sub/empty-section.yaml",
      "sub/front-matter.yaml",
      "two-conclusions.yaml",
    ]);
    expect(parse(read("out", "sub", "front-matter.yaml"))).toMatchObject({
      meta: { date: "2026-03-04" },
    });
  });

  it("a second run refuses to overwrite, and --force overwrites", async () => {
    archive(["messy.txt"]);
    expect((await run(["import", "archive/*.txt", "-d", "out"])).code).toBe(0);
    writeFileSync(join(dir, "out", "messy.yaml"), "edited\n");
    const again = await run(["import", "archive/*.txt", "-d", "out"]);
    expect(again.code).toBe(2);
    expect(again.err).toContain(
      "briefing: out/messy.yaml already exists; use --force to overwrite it\n",
    );
    expect(read("out", "messy.yaml")).toBe("edited\n");
    expect((await run(["import", "archive/*.txt", "-d", "out", "--force"])).code).toBe(0);
    expect(body(read("out", "messy.yaml"))).toBe(expectedBody);
  });

  it.each([
    [
      ["in/messy.txt", "in/flash.txt"],
      /^briefing: 2 inputs: use --out-dir DIR to import many files \(-o and stdout take one\)$/m,
    ],
    [["in/messy.txt", "in/flash.txt", "-o", "x.yaml"], /2 inputs: use --out-dir DIR/],
    [["in/*.txt"], /inputs: use --out-dir DIR to import many files/],
    [
      ["in/messy.txt", "-o", "a.yaml", "-d", "out"],
      /give either -o FILE or --out-dir DIR, not both/,
    ],
    [["in/messy.txt", "--from", "rtf"], /argument 'rtf' is invalid/],
  ])("usage error %j → exit 2", async (args, message) => {
    const { code, out, err } = await run(["import", ...args]);
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err).toMatch(message);
    expect(existsSync(join(dir, "x.yaml"))).toBe(false);
  });
});

describe("briefing import: done when", () => {
  it("the messy fixture imports, validates, and exports to the canonical layout", async () => {
    expect((await run(["import", "in/messy.txt", "-o", "messy.yaml"])).code).toBe(0);
    const validated = await run(["validate", "messy.yaml"]);
    expect(validated.code).toBe(0);
    const { code, out } = await run(["export", "messy.yaml", "--format", "txt"]);
    expect(code).toBe(0);
    const canonical = read("in", "messy.canonical.txt");
    expect(out).toBe(canonical);
    // What "canonical" means, checked on the expected file itself:
    expect(canonical).not.toMatch(/\r|\ufeff|\u00a0/);
    expect(canonical.endsWith(".\n")).toBe(true);
    expect(canonical.endsWith("\n\n")).toBe(false);
    const lines = canonical.slice(0, -1).split("\n");
    expect(lines[1]).toMatch(/^The operator/);
    expect(lines.filter((l) => /^[►•*-]/.test(l)).every((l) => /^► {3}\S/.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith("►   "))).toHaveLength(9);
    expect(lines.every((l) => l.trim() === l && l !== "")).toBe(true);
  });

  it("importing the canonical layout gives the same briefing as the messy one", async () => {
    const messy = await run(["import", "in/messy.txt"]);
    const canonical = await run(["import", "in/messy.canonical.txt"]);
    expect(canonical.out).toBe(messy.out);
  });
});
