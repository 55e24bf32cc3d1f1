import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

const SCHEMA_LINE =
  "# yaml-language-server: $schema=https://briefing.dev/schemas/briefing.schema.json\n";
const expectedYaml = readFileSync(fixture("import", "messy.expected.yaml"), "utf8");
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
    expect(out.startsWith(SCHEMA_LINE)).toBe(true);
    expect(out).toBe(expectedYaml);
    expect(noWarnings(err)).toBe("");
    expect(err).toContain("in/messy.txt:1:1: warning: the briefing has no date");
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
    expect(read("brief.yaml")).toBe(expectedYaml);
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
    expect(read("brief.yaml")).toBe(expectedYaml);
  });

  it("reads stdin with -, detecting the format from the content", async () => {
    const txt = await run(["import", "-"], read("in", "messy.txt"));
    expect({ code: txt.code, err: noWarnings(txt.err) }).toEqual({ code: 0, err: "" });
    expect(txt.err).toMatch(/^<stdin>:1:1: warning: /);
    expect(txt.out).toBe(expectedYaml);
    const md = await run(["import", "-"], read("in", "headings.md"));
    expect(md.code).toBe(0);
    expect(parse(md.out)).toMatchObject({
      headline: "Why did the Lindqvist bridge close to lorries?",
    });
  });

  it("--stdin-filename names stdin in messages and gives its format", async () => {
    const { code, err } = await run(
      ["import", "-", "--stdin-filename", "pasted.txt"],
      read("in", "headings.md"),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^pasted\.txt:\d+:\d+: error: .* \(import\)$/m);
  });

  it("--from md reads a .txt file as Markdown", async () => {
    cpSync(join(dir, "in", "export-style.md"), join(dir, "pasted.txt"));
    const asText = await run(["import", "pasted.txt"]);
    expect(asText.code).toBe(1);
    expect(asText.out).toBe("");
    expect(asText.err.split("\n")[0]).toBe(
      "pasted.txt:7:1: error: a bullet before any section label; bullets belong to a section (import)",
    );
    const forced = await run(["import", "pasted.txt", "--from", "md"]);
    expect(forced.code).toBe(0);
    expect(forced.out).toBe((await run(["import", "in/export-style.md"])).out);
  });

  it("--template flash names the sections by the flash labels", async () => {
    const standard = await run(["import", "in/flash.txt"]);
    expect(standard.code).toBe(1);
    expect(standard.err).toContain(
      'in/flash.txt:3:1: error: "Key Points." looks like a section label, but the standard template has none by that name (Details, Context, Important to Know, Conclusion); use --lenient to keep it as a custom section (import)\n',
    );
    const { code, out, err } = await run(["import", "in/flash.txt", "--template", "flash"]);
    expect({ code, err: noWarnings(err) }).toEqual({ code: 0, err: "" });
    expect(parse(out)).toMatchObject({ template: "flash", sections: [{ id: "key-points" }] });
  });

  it.each([
    ["bluf.txt", "bluf"],
    ["smart-brevity.txt", "smart-brevity"],
  ])("%s imports with --template %s and validates", async (file, template) => {
    expect((await run(["import", `in/${file}`, "-t", template, "-o", "out.yaml"])).code).toBe(0);
    expect((await run(["validate", "out.yaml"])).code).toBe(0);
  });

  it("--lenient keeps an unknown label as a custom section; the template check still flags it", async () => {
    const strict = await run(["import", "in/unknown-label.txt"]);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe("");
    const { code, out, err } = await run(["import", "in/unknown-label.txt", "--lenient"]);
    expect(code).toBe(1);
    expect(parse(out)).toMatchObject({
      sections: [{ id: "details" }, { id: "outlook", label: "Outlook" }],
    });
    expect(err).toContain(
      'in/unknown-label.txt:6:1: error: section "Outlook" is not part of the standard template (its sections: Details (details), Context (context), Important to Know (important)) (template-sections)\n',
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

describe("briefing import: located errors", () => {
  it.each([
    ["empty.txt", "1:1: error: the text is empty; a briefing starts with its headline"],
    ["no-headline.txt", "1:1: error: no headline: the first line is a section label"],
    [
      "bullet-before-section.txt",
      "3:1: error: a bullet before any section label; bullets belong to a section",
    ],
    ["two-conclusions.txt", "7:1: error: a second conclusion; the first is on line 6"],
    ["empty-section.txt", '6:1: error: section "Context" has neither a lead nor bullets'],
    [
      "missing-conclusion.txt",
      '5:1: error: no conclusion: the last part must start with "Conclusion."',
    ],
  ])("%s → %s, exit 1, nothing written", async (file, message) => {
    const { code, out, err } = await run(["import", `in/${file}`]);
    expect({ code, out }).toEqual({ code: 1, out: "" });
    expect(err.split("\n")[0]).toBe(`in/${file}:${message} (import)`);
    expect(err.endsWith("0 imported, 1 skipped (could not be read as a briefing)\n")).toBe(true);
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
    expect(read("out", "sub", "messy.yaml")).toBe(expectedYaml);
  });

  it("--out-dir with a folder argument searches it for *.txt, *.md and *.markdown", async () => {
    archive([], ["messy.txt"]);
    expect((await run(["import", "archive", "-d", "out2"])).code).toBe(0);
    expect(read("out2", "sub", "messy.yaml")).toBe(expectedYaml);
  });

  it("a batch goes on past bad files: errors located, a summary line, exit 1", async () => {
    archive(
      ["messy.txt", "two-conclusions.txt"],
      ["binary.txt", "front-matter.md", "empty-section.txt"],
    );
    const { code, out, err } = await run(["import", "archive/**/*.{txt,md}", "--out-dir", "out"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(noWarnings(err).split("\n")).toEqual([
      "archive/sub/binary.txt:1:1: error: file is binary (it contains NUL bytes), not a briefing (encoding)",
      'archive/sub/empty-section.txt:6:1: error: section "Context" has neither a lead nor bullets (import)',
      "archive/two-conclusions.txt:7:1: error: a second conclusion; the first is on line 6 (import)",
      "2 imported to out, 3 skipped (could not be read as a briefing)",
      "",
    ]);
    expect(tree(join(dir, "out"))).toEqual(["messy.yaml", "sub/front-matter.yaml"]);
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
    expect(read("out", "messy.yaml")).toBe(expectedYaml);
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
