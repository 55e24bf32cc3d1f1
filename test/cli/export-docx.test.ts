import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import mammoth from "mammoth";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(join(root, "examples", "freight-rates.yaml"), join(dir, "a.yaml"));
  copyFileSync(join(root, "examples", "freight-rates.yaml"), join(dir, "b.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[], tty = false) {
  const { io, stdout, stderr, stdoutBytes } = memoryIo({ cwd: dir, stdoutIsTTY: tty });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr(), bytes: stdoutBytes() };
}

async function title(file: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ path: file });
  return value.split("\n")[0] ?? "";
}

describe("export -f docx", () => {
  it("writes a Word document, the format taken from the -o name", async () => {
    const r = await run(["export", "a.yaml", "-o", "brief.docx"]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "1 written to brief.docx\n" });
    expect(await title(join(dir, "brief.docx"))).toMatch(/^Container rates are climbing again/);
  });

  it("writes one document per input to --out-dir", async () => {
    const r = await run(["export", "a.yaml", "b.yaml", "-f", "docx", "--out-dir", "out"]);
    expect(r.code).toBe(0);
    // Beside the documents, the record of what export wrote there.
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      ".briefing-exports.json",
      "a.docx",
      "b.docx",
    ]);
    expect(await title(join(dir, "out", "b.docx"))).toMatch(/^Container rates/);
  });

  it("takes the page size as a format option", async () => {
    const r = await run(["export", "a.yaml", "-o", "l.docx", "--option", "page=letter"]);
    expect(r.code).toBe(0);
    const xml = strFromU8(
      unzipSync(readFileSync(join(dir, "l.docx")))["word/document.xml"] ?? new Uint8Array(),
    );
    expect(xml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });

  it("refuses an unknown page size with exit 2 and writes nothing", async () => {
    const r = await run(["export", "a.yaml", "-o", "x.docx", "--option", "page=a3"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--option page is a4 or letter, not "a3"');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "x.docx"))).toBe(false);
  });

  it("does not replace an existing file without --force", async () => {
    writeFileSync(join(dir, "keep.docx"), "mine");
    const r = await run(["export", "a.yaml", "-o", "keep.docx"]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "keep.docx"), "utf8")).toBe("mine");
    expect((await run(["export", "a.yaml", "-o", "keep.docx", "--force"])).code).toBe(0);
    expect(await title(join(dir, "keep.docx"))).toMatch(/^Container rates/);
  });

  it("refuses to send the bytes to a terminal", async () => {
    const r = await run(["export", "a.yaml", "-f", "docx"], true);
    expect(r.code).toBe(2);
    expect(r.err).toContain("this format is binary; write it to a file with -o FILE");
  });
});
