import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  controlsIn,
  hostileDir,
  htmlProblems,
  markdownProblems,
  markdownTitle,
  runCli,
  snapshot,
  validExample,
} from "../helpers/hostile.js";
import { tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
const run = (...args: string[]) => runCli(dir, args);
/** Everything in the work folder except the output folder, to prove nothing was written there. */
const outside = () => snapshot(dir, (rel) => rel === "out" || rel.startsWith("out/"));

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(hostileDir, join(dir, "in"), { recursive: true });
  cpSync(validExample, join(dir, "valid.yaml"));
});
afterEach(() => cleanup());

/** A valid briefing from the corpus with some fields replaced. */
function briefing(name: string, edit: (text: string) => string): void {
  writeFileSync(
    join(dir, name),
    edit(readFileSync(join(hostileDir, "name with spaces.yaml"), "utf8")),
  );
}

describe("nothing is overwritten without --force", () => {
  it("a batch into --out-dir: every existing file is reported and left as it was", async () => {
    expect((await run("export", "valid.yaml", "in/-rf.yaml", "-d", "out", "-f", "html")).code).toBe(
      0,
    );
    const before = snapshot(join(dir, "out"));
    const again = await run("export", "valid.yaml", "in/-rf.yaml", "-d", "out", "-f", "html");
    expect(again.code).toBe(2);
    expect(again.err).toContain("out/valid.html already exists; use --force to overwrite it");
    expect(again.err.trimEnd().split("\n").at(-1)).toBe("0 written to out, 2 failed");
    expect(snapshot(join(dir, "out"))).toEqual(before);
    expect((await run("export", "valid.yaml", "-d", "out", "-f", "html", "--force")).code).toBe(0);
  });

  it.each([
    ["export", ["export", "valid.yaml", "-o", "mine.txt"]],
    ["export to another format", ["export", "valid.yaml", "-o", "mine.txt", "-f", "html"]],
    ["import", ["import", "in/import-valid.txt", "-o", "mine.txt"]],
  ])("%s -o onto an existing file", async (_name, args) => {
    writeFileSync(join(dir, "mine.txt"), "keep me\n");
    const before = outside();
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain("mine.txt already exists; use --force to overwrite it");
    expect(outside()).toEqual(before);
    expect(readFileSync(join(dir, "mine.txt"), "utf8")).toBe("keep me\n");
  });

  it("import --out-dir onto existing files", async () => {
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "import-valid.yaml"), "keep me\n");
    const r = await run("import", "in/import-valid.txt", "-d", "out");
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "out", "import-valid.yaml"), "utf8")).toBe("keep me\n");
  });

  it("-o naming a folder (folder.yaml/) is refused and the folder left alone", async () => {
    const before = outside();
    const r = await run("export", "valid.yaml", "-o", "in/folder.yaml", "-f", "txt", "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("in/folder.yaml is a folder");
    expect(outside()).toEqual(before);
  });

  it("never writes through a symbolic link inside --out-dir, even with --force", async () => {
    writeFileSync(join(dir, "target.html"), "outside\n");
    mkdirSync(join(dir, "out"));
    symlinkSync(join(dir, "target.html"), join(dir, "out", "valid.html"));
    const r = await run("export", "valid.yaml", "-d", "out", "-f", "html", "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a symbolic link; refusing to write through it/);
    expect(readFileSync(join(dir, "target.html"), "utf8")).toBe("outside\n");
  });

  it("-o naming a link to nowhere is refused, and nothing is created", async () => {
    symlinkSync(join(dir, "absent.html"), join(dir, "link.html"));
    const r = await run("export", "valid.yaml", "-o", "link.html", "--force");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/link\.html is a symbolic link that leads nowhere/);
    expect(lstatSync(join(dir, "link.html")).isSymbolicLink()).toBe(true);
  });
});

describe("nothing is written outside --out-dir", () => {
  it("whatever the headline says: ../../etc/passwd with --name {slug}", async () => {
    briefing("evil.yaml", (t) => t.replace(/^headline: .*$/m, "headline: ../../etc/passwd"));
    const before = outside();
    const r = await run("export", "evil.yaml", "-d", "out", "--name", "{slug}", "-f", "txt");
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out"))).toEqual(["etc-passwd.txt"]);
    expect(outside()).toEqual(before);
  });

  it("whatever the template and date say (--no-validate --name {template} / {date})", async () => {
    briefing("evil.yaml", (t) =>
      t
        .replace("template: standard", "template: ../../../../tmp/escaped")
        .replace("date: 2026-03-04", "date: ../../../../tmp/escaped"),
    );
    const before = outside();
    const byTemplate = await run(
      "export",
      "evil.yaml",
      "-d",
      "out",
      "--no-validate",
      "--name",
      "{template}",
    );
    expect(byTemplate.code).toBe(2);
    expect(byTemplate.err).toContain(
      'output path "../../../../tmp/escaped.md" would leave the output folder',
    );
    const byDate = await run(
      "export",
      "evil.yaml",
      "-d",
      "out",
      "--no-validate",
      "--name",
      "{date}-{name}",
    );
    expect(byDate.code).toBe(0);
    expect(readdirSync(join(dir, "out"))).toEqual(["undated-evil.md"]);
    expect(existsSync("/tmp/escaped.md")).toBe(false);
    expect(outside()).toEqual(before);
  });

  it.each(["..", ".", "../{slug}", "{slug}/../../x", "..\\{name}", " "])(
    "--name %j is a usage error",
    async (pattern) => {
      const r = await run("export", "valid.yaml", "-d", "out", "--name", pattern);
      expect(r.code).toBe(2);
      expect(r.err.trimEnd().split("\n")).toHaveLength(1);
      expect(existsSync(join(dir, "out"))).toBe(false);
    },
  );

  it("whatever the input file names are (.., backslashes, a leading dash, control characters)", async () => {
    writeFileSync(join(dir, "in", "evil\u001b[31m\nname.yaml"), readFileSync(validExample));
    // Made here, not committed: Windows cannot check out a name with backslashes.
    writeFileSync(join(dir, "in", "back\\slash ..\\..\\x.yaml"), readFileSync(validExample));
    const names = [
      "-rf.yaml",
      "...yaml",
      "back\\slash ..\\..\\x.yaml",
      "evil\u001b[31m\nname.yaml",
    ];
    const before = outside();
    const r = await run(
      "export",
      "-d",
      "out",
      "-f",
      "txt",
      "--",
      ...names.map((n) => join("in", n)),
      "in/ünïcødé — 名前 🚢.yaml",
      "in/folder.yaml",
    );
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "-rf.txt",
      "back-slash ..-..-x.txt",
      "briefing.txt",
      "evil-[31m-name.txt",
      "inside.txt",
      "ünïcødé — 名前 🚢.txt",
    ]);
    expect(outside()).toEqual(before);
  });

  it.each([
    [
      "export",
      "a.yaml",
      /output path "sub\/a\.txt" leads outside the output folder through a symbolic link/,
    ],
    [
      "import",
      "a.txt",
      /output path "sub\/a\.yaml" leads outside the output folder through a symbolic link/,
    ],
  ])(
    "%s through a symlinked subfolder of out pointing outside",
    async (command, input, message) => {
      mkdirSync(join(dir, "elsewhere"));
      mkdirSync(join(dir, "out"));
      mkdirSync(join(dir, "nested", "sub"), { recursive: true });
      cpSync(
        join(dir, "in", input === "a.txt" ? "import-valid.txt" : "name with spaces.yaml"),
        join(dir, "nested", "sub", input),
      );
      symlinkSync(join(dir, "elsewhere"), join(dir, "out", "sub"));
      const r = await run(
        command,
        "-d",
        "out",
        ...(command === "export" ? ["-f", "txt"] : []),
        "nested",
      );
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(readdirSync(join(dir, "elsewhere"))).toEqual([]);
    },
  );
});

describe("terminal output strips control sequences", () => {
  // Bold and dim: the only sequences show writes itself.
  // eslint-disable-next-line no-control-regex
  const CHALK = /\u001b\[(?:1|2|22)m/g;

  it.each([
    ["piped", { stdoutIsTTY: false, env: {} }],
    ["a coloured terminal", { stdoutIsTTY: true, env: { FORCE_COLOR: "1" } }],
  ])("show controls-every-field.yaml to %s", async (_name, options) => {
    for (const width of ["100", "12"]) {
      const r = await runCli(
        dir,
        ["show", "--width", width, "in/controls-every-field.yaml"],
        options,
      );
      expect(r.code).toBe(1);
      expect(controlsIn(r.out.replace(CHALK, ""))).toEqual([]);
      expect(r.out).toContain("headline");
      expect(r.out.includes("\u001b[1m")).toBe(options.stdoutIsTTY);
    }
  });

  it("show from stdin with raw escape bytes", async () => {
    const { memoryIo } = await import("../helpers/memory-io.js");
    const { main } = await import("../../src/cli/main.js");
    const { io, stdout } = memoryIo({
      cwd: dir,
      stdin: readFileSync(join(hostileDir, "controls-raw-bytes.yaml")),
    });
    expect(await main(["show", "-"], io)).toBe(1);
    expect(controlsIn(stdout())).toEqual([]);
  });
});

describe("HTML and Markdown escape user text, and keep it", () => {
  const source = parseYaml(readFileSync(join(hostileDir, "inject-every-field.yaml"), "utf8")) as {
    headline: string;
    sections: { bullets: string[] }[];
    meta: { sources: { url: string }[] };
  };
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&");

  it("HTML: no tag, handler or link from user text; every text shown as written", async () => {
    const r = await run(
      "export",
      "in/inject-every-field.yaml",
      "-f",
      "html",
      "--lang",
      '"><script>',
    );
    expect(r.code).toBe(0);
    expect(htmlProblems(r.out)).toEqual([]);
    expect(r.out).toContain('<html lang="en">');
    expect(decode(/<h1>(.*)<\/h1>/.exec(r.out)?.[1] ?? "")).toBe(source.headline);
    const items = [...r.out.matchAll(/<li>(.*)<\/li>/g)].map((m) => decode(m[1] ?? ""));
    for (const bullet of source.sections.flatMap((s) => s.bullets)) expect(items).toContain(bullet);
    expect(r.out).toContain('<span class="url">javascript:alert(1)</span>');
  });

  it("Markdown: no structure from user text; the title reads as written", async () => {
    const r = await run("export", "in/inject-every-field.yaml", "-f", "md");
    expect(r.code).toBe(0);
    expect(markdownProblems(r.out)).toEqual([]);
    expect(markdownTitle(r.out)).toBe(source.headline);
  });

  it("Markdown front matter stays YAML and keeps the title", async () => {
    briefing("fm.yaml", (t) => t.replace(/^headline: .*$/m, "headline: '---\n\n  title: x: [y'"));
    const r = await run("export", "fm.yaml", "-f", "md", "--front-matter", "--no-validate");
    const [, front = ""] = /^---\n([\s\S]*?)\n---\n/.exec(r.out) ?? [];
    expect((parseYaml(front) as { title: string }).title).toBe("--- title: x: [y");
    expect(markdownProblems(r.out.slice(r.out.indexOf("\n---\n") + 5))).toEqual([]);
  });
});
