import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { MANIFEST_NAME } from "../../src/io/manifest.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(root, "examples"), join(dir, "examples"), { recursive: true });
  cpSync(fixture("invalid", "bullet-count.yaml"), join(dir, "bad.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[], stdin?: string) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

/** Gives the freight example a new headline. */
function retitle(headline: string): void {
  const source = join(dir, "examples", "freight-rates.yaml");
  const text = readFileSync(source, "utf8");
  writeFileSync(
    source,
    text.replace("headline: Container rates are climbing again", `headline: ${headline}`),
  );
}

/** Every file under a folder, relative, sorted; the export manifest is left out. */
function tree(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== MANIFEST_NAME)
    .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
    .sort();
}

describe("briefing export: one input", () => {
  it("writes Markdown to stdout by default, with no summary noise", async () => {
    const { code, out, err } = await run(["export", "examples/freight-rates.yaml"]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out.split("\n")[0]).toBe(
      "# Container rates are climbing again – is demand back, or is it the detours?",
    );
  });

  it("takes the format from the -o extension and writes the file", async () => {
    const { code, out, err } = await run([
      "export",
      "examples/freight-rates.yaml",
      "-o",
      "brief.html",
    ]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toBe("1 written to brief.html\n");
    expect(readFileSync(join(dir, "brief.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });

  it.each(["brief.pdf", "brief.odt", "out/brief.PDF"])(
    "refuses -o %s, a format it does not write (exit 2)",
    async (name) => {
      const { code, err } = await run(["export", "examples/freight-rates.yaml", "-o", name]);
      expect(code).toBe(2);
      expect(err).toMatch(
        new RegExp(
          `^briefing: cannot export to ${name.replace(".", "\\.")}: \\.\\w+ is not a format briefing writes; name the file \\.md, \\.txt, \\.json, \\.html or \\.docx, or give --format\n$`,
        ),
      );
      expect(existsSync(join(dir, name))).toBe(false);
    },
  );

  it("re-running -o updates the file it wrote, and leaves it alone when unchanged", async () => {
    const args = ["export", "examples/freight-rates.yaml", "-o", "brief.txt"];
    expect((await run(args)).code).toBe(0);
    expect(await run(args)).toMatchObject({
      code: 0,
      err: "0 written to brief.txt, 1 unchanged\n",
    });
    expect(await run([...args.slice(0, 2), "-f", "md", "-o", "brief.txt"])).toMatchObject({
      code: 0,
      err: "1 written to brief.txt\n",
    });
  });

  it("never overwrites without --force", async () => {
    writeFileSync(join(dir, "brief.txt"), "keep me\n");
    const refused = await run(["export", "examples/freight-rates.yaml", "-o", "brief.txt"]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(
      "briefing: brief.txt already exists; use --force to overwrite it\n",
    );
    expect(readFileSync(join(dir, "brief.txt"), "utf8")).toBe("keep me\n");
    const forced = await run([
      "export",
      "examples/freight-rates.yaml",
      "-o",
      "brief.txt",
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "brief.txt"), "utf8")).toMatch(/^Container rates/);
  });

  it("reads stdin", async () => {
    const text = readFileSync(join(dir, "examples", "freight-rates.yaml"), "utf8");
    const { code, out } = await run(["export", "-", "--format", "txt"], text);
    expect(code).toBe(0);
    expect(out).toMatch(/^Container rates are climbing again/);
  });

  it("an invalid input is reported with its location and exits 1", async () => {
    const { code, out, err } = await run(["export", "bad.yaml"]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toBe(
      "bad.yaml:7:7: error: Details must have at least 2 bullets; it has 1 (bullet-count)\n0 written, 1 skipped (invalid or unreadable)\n",
    );
  });

  it("--no-validate exports what parses", async () => {
    const { code, out } = await run(["export", "bad.yaml", "--no-validate", "-f", "txt"]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe("Rates hold steady");
  });

  it("--front-matter adds metadata for static-site generators", async () => {
    const { out } = await run(["export", "examples/freight-rates.yaml", "--front-matter"]);
    expect(out).toMatch(/^---\ntitle: Container rates are climbing again/);
    expect(out).toMatch(/\ndate: 2026-03-04\n/);
  });
});

describe("briefing export: usage errors", () => {
  it.each([
    [["export", "examples", "-f", "txt"], /8 inputs: use --out-dir DIR to export many files/],
    [
      ["export", "examples/freight-rates.yaml", "-f", "pdf"],
      /unknown format "pdf"; choose one of md, txt, json, html/,
    ],
    [
      ["export", "examples/freight-rates.yaml", "-o", "a.md", "-d", "out"],
      /give either -o FILE or --out-dir DIR, not both/,
    ],
    [
      ["export", "examples", "-d", "out", "--name", "../{slug}"],
      /--name "..\/\{slug\}" may not contain \//,
    ],
    [["export", "examples", "-d", "out", "--name", "{title}"], /unknown placeholder \{title\}/],
    [
      ["export", "examples/freight-rates.yaml", "--watch"],
      /--watch needs -o FILE or --out-dir DIR/,
    ],
  ])("%j", async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trimEnd().split("\n")).toHaveLength(1);
  });
});

describe("briefing export: many inputs", () => {
  it("writes one file per input, keeping folders, and one bad file does not stop the batch", async () => {
    const { code, err } = await run(["export", "examples", "bad.yaml", "-f", "txt", "-d", "out"]);
    expect(code).toBe(1);
    expect(err).toContain("bad.yaml:7:7: error: Details must have at least 2 bullets");
    expect(err.trimEnd().split("\n").at(-1)).toBe(
      "8 written to out, 1 skipped (invalid or unreadable)",
    );
    expect(tree(join(dir, "out"))).toEqual([
      "climate/morocco-drought.txt",
      "cyber/hospital-ransomware.txt",
      "economics/services-inflation.txt",
      "elections/deepfake-robocalls.txt",
      "energy/gas-storage.txt",
      "freight-rates.txt",
      "public-health/dengue-vaccination.txt",
      "technology/data-centre-grid.txt",
    ]);
  });

  it("names outputs from a pattern", async () => {
    const { code } = await run([
      "export",
      "examples/cyber",
      "-f",
      "md",
      "-d",
      "site",
      "--name",
      "{date}-{slug}",
    ]);
    expect(code).toBe(0);
    expect(tree(join(dir, "site"))).toEqual([
      "2026-09-15-ransomware-takes-a-dutch-regional-hospital-group-offline.md",
    ]);
  });

  it("refuses to let two inputs overwrite one output", async () => {
    const { code, err } = await run([
      "export",
      "examples/freight-rates.yaml",
      "examples/climate",
      "-d",
      "out",
      "--name",
      "{template}",
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/would overwrite the export of examples\/freight-rates\.yaml/);
    expect(tree(join(dir, "out"))).toEqual(["standard.md"]);
  });

  it("never writes outside --out-dir through a symbolic link", async () => {
    const outside = join(dir, "outside");
    mkdirSync(outside);
    mkdirSync(join(dir, "out"));
    symlinkSync(outside, join(dir, "out", "cyber"));
    const { code, err } = await run(["export", "examples", "-d", "out", "-f", "txt"]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /output path "cyber\/hospital-ransomware\.txt" leads outside the output folder through a symbolic link/,
    );
    expect(readdirSync(outside)).toEqual([]);
  });

  it("leaves no temporary files behind", async () => {
    await run(["export", "examples", "-d", "out", "-f", "json"]);
    const files = tree(join(dir, "out"));
    expect(files).toHaveLength(8);
    expect(files.every((f) => f.endsWith(".json"))).toBe(true);
  });

  it("a re-run skips unchanged outputs and updates the ones it wrote", async () => {
    expect((await run(["export", "examples", "-d", "out"])).code).toBe(0);
    const again = await run(["export", "examples", "-d", "out"]);
    expect(again).toMatchObject({ code: 0, err: "0 written to out, 8 unchanged\n" });
    retitle("Freight rates ease");
    const third = await run(["export", "examples", "-d", "out"]);
    expect(third).toMatchObject({ code: 0, err: "1 written to out, 7 unchanged\n" });
    expect(readFileSync(join(dir, "out", "freight-rates.md"), "utf8")).toMatch(
      /^# Freight rates ease/,
    );
  });

  it("never overwrites a file it did not write, or one edited since, without --force", async () => {
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "freight-rates.md"), "notes of my own\n");
    const first = await run(["export", "examples", "-d", "out"]);
    expect(first.code).toBe(2);
    expect(first.err).toContain(
      "briefing: out/freight-rates.md already exists; use --force to overwrite it\n",
    );
    expect(first.err.trimEnd().split("\n").at(-1)).toBe("7 written to out, 1 failed");
    expect(readFileSync(join(dir, "out", "freight-rates.md"), "utf8")).toBe("notes of my own\n");
    // An output the tool wrote, then edited by hand, is no longer only the tool's.
    writeFileSync(join(dir, "out", "climate", "morocco-drought.md"), "edited\n");
    const second = await run(["export", "examples", "-d", "out"]);
    expect(second.code).toBe(2);
    expect(second.err).toContain(
      "briefing: out/climate/morocco-drought.md was changed since briefing wrote it; use --force to overwrite it\n",
    );
    expect(readFileSync(join(dir, "out", "climate", "morocco-drought.md"), "utf8")).toBe(
      "edited\n",
    );
    const forced = await run(["export", "examples", "-d", "out", "--force"]);
    expect(forced).toMatchObject({ code: 0, err: "2 written to out, 6 unchanged\n" });
    // From then on both are the tool's own.
    expect((await run(["export", "examples", "-d", "out"])).err).toBe(
      "0 written to out, 8 unchanged\n",
    );
  });
});

describe("briefing export --watch", () => {
  /** `export … -o out.txt --watch` running in-process, stopped by aborting its controller. */
  function watching() {
    const controller = new AbortController();
    const { io, stderr } = memoryIo({ cwd: dir });
    io.signal = controller.signal;
    const running = main(["export", "examples/freight-rates.yaml", "-o", "out.txt", "--watch"], io);
    return { running, stderr, controller };
  }

  /** Waits up to five seconds for `ok`. */
  async function until(ok: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(ok()).toBe(true);
  }

  it("re-exports a file when it changes, until interrupted (exit 130)", async () => {
    const { running, stderr, controller } = watching();
    const output = join(dir, "out.txt");
    await until(() => stderr().includes("watching 1 file"));
    expect(readFileSync(output, "utf8")).toMatch(/^Container rates/);
    retitle("Freight rates ease");
    await until(
      () => existsSync(output) && readFileSync(output, "utf8").startsWith("Freight rates ease"),
    );
    controller.abort();
    expect(await running).toBe(130);
    expect(stderr()).toContain("re-exported examples/freight-rates.yaml");
  });

  it("updates its own output from the first run, and refuses one edited by hand", async () => {
    expect((await run(["export", "examples/freight-rates.yaml", "-o", "out.txt"])).code).toBe(0);
    const source = join(dir, "examples", "freight-rates.yaml");
    const original = readFileSync(source, "utf8");
    writeFileSync(
      source,
      original.replace("headline: Container rates are climbing again", "headline: Rates ease"),
    );
    const { running, stderr, controller } = watching();
    const output = join(dir, "out.txt");
    await until(() => stderr().includes("watching 1 file"));
    expect(stderr()).toContain("1 written to out.txt\n");
    expect(readFileSync(output, "utf8")).toMatch(/^Rates ease/);
    writeFileSync(output, "my own notes\n");
    writeFileSync(source, original);
    await until(() => stderr().includes("was changed since briefing wrote it"));
    controller.abort();
    expect(await running).toBe(130);
    expect(readFileSync(output, "utf8")).toBe("my own notes\n");
  });
});
