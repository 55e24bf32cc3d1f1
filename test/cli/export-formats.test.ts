import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { exporters } from "../../src/render/index.js";
import type { Exporter } from "../../src/render/types.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

// The exporter contract: a format may render bytes and declares its own options. The
// binary format here is added the way a real one would be, as one registry entry.
const MAGIC = [0x00, 0xff, 0x42];
const binary: Exporter<Uint8Array> = {
  id: "bin",
  extension: ".bin",
  options: { level: { type: "string", description: "a level written after the magic bytes" } },
  render: (briefing, options = {}) =>
    Uint8Array.from([
      ...MAGIC,
      ...Buffer.from(
        `${typeof options.level === "string" ? options.level : "none"}:${briefing.headline}`,
      ),
    ]),
};
const expected = (level: string) =>
  Buffer.from([...MAGIC, ...Buffer.from(`${level}:Container rates are climbing again`)]);

// A format whose library hands its output over later (as Word's packer does): every path
// that renders must wait for it rather than write a promise.
const later: Exporter<string> = {
  id: "later",
  extension: ".later",
  render: (briefing) =>
    new Promise((resolve) => setTimeout(() => resolve(`later:${briefing.headline}\n`), 5)),
};

const registry = exporters as Record<string, Exporter>;
beforeAll(() => {
  registry.bin = binary;
  registry.later = later;
});
afterAll(() => {
  delete registry.bin;
  delete registry.later;
});

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  const example = readFileSync(join(root, "examples", "freight-rates.yaml"), "utf8");
  writeFileSync(
    join(dir, "brief.yaml"),
    example.replace(/^headline: .*$/m, "headline: Container rates are climbing again"),
  );
});
afterEach(() => cleanup());

async function run(args: string[], tty = false) {
  const { io, stdout, stderr, stdoutBytes } = memoryIo({ cwd: dir, stdoutIsTTY: tty });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr(), bytes: stdoutBytes() };
}

describe("a binary format", () => {
  it("is written to a file byte for byte", async () => {
    const r = await run(["export", "brief.yaml", "-f", "bin", "-o", "out.bin"]);
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: "1 written to out.bin\n" });
    expect(readFileSync(join(dir, "out.bin"))).toEqual(expected("none"));
  });

  it("is written into --out-dir under its own extension", async () => {
    expect((await run(["export", "brief.yaml", "-f", "bin", "-d", "out"])).code).toBe(0);
    expect(readFileSync(join(dir, "out", "brief.bin"))).toEqual(expected("none"));
  });

  it("goes to a pipe as bytes, and is refused on a terminal", async () => {
    const piped = await run(["export", "brief.yaml", "-f", "bin"]);
    expect(piped.code).toBe(0);
    expect(piped.bytes).toEqual(expected("none"));
    const shown = await run(["export", "brief.yaml", "-f", "bin"], true);
    expect(shown.code).toBe(2);
    expect(shown.bytes.length).toBe(0);
    expect(shown.err).toMatch(
      /brief\.yaml: this format is binary; write it to a file with -o FILE/,
    );
  });

  it("reads the options it declares", async () => {
    const r = await run(["export", "brief.yaml", "-f", "bin", "--option", "level=9"]);
    expect(r.bytes).toEqual(expected("9"));
  });
});

describe("a format that renders asynchronously", () => {
  it("is awaited for stdout, -o and every file of --out-dir", async () => {
    const text = "later:Container rates are climbing again\n";
    expect((await run(["export", "brief.yaml", "-f", "later"])).out).toBe(text);
    expect((await run(["export", "brief.yaml", "-f", "later", "-o", "one.later"])).code).toBe(0);
    expect(readFileSync(join(dir, "one.later"), "utf8")).toBe(text);
    writeFileSync(join(dir, "second.yaml"), readFileSync(join(dir, "brief.yaml")));
    const batch = await run(["export", "brief.yaml", "second.yaml", "-f", "later", "-d", "out"]);
    expect(batch.code).toBe(0);
    for (const name of ["brief", "second"])
      expect(readFileSync(join(dir, "out", `${name}.later`), "utf8")).toBe(text);
  });

  it("is awaited when --watch writes again after a change", async () => {
    const controller = new AbortController();
    const { io, stderr } = memoryIo({ cwd: dir });
    io.signal = controller.signal;
    const args = ["export", "brief.yaml", "-f", "later", "-o", "w.later", "--watch"];
    const running = main(args, io);
    const until = async (ok: () => boolean) => {
      for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(ok()).toBe(true);
    };
    const output = () => readFileSync(join(dir, "w.later"), "utf8");
    await until(() => stderr().includes("watching 1 file"));
    expect(output()).toBe("later:Container rates are climbing again\n");
    const source = join(dir, "brief.yaml");
    writeFileSync(
      source,
      readFileSync(source, "utf8").replace(/^headline: .*$/m, "headline: Rates ease"),
    );
    await until(() => output() === "later:Rates ease\n");
    controller.abort();
    expect(await running).toBe(130);
  });
});

describe("format options", () => {
  it("an option the format does not declare is a usage error naming the ones it has", async () => {
    const r = await run(["export", "brief.yaml", "-f", "bin", "--option", "colour=red"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('briefing: format bin has no option "colour"; its options: level\n');
    const txt = await run(["export", "brief.yaml", "-f", "txt", "--option", "lang=fr"]);
    expect(txt.err).toBe('briefing: format txt has no option "lang"; it takes none\n');
  });

  it("md declares frontMatter, a boolean", async () => {
    const on = await run(["export", "brief.yaml", "-f", "md", "--option", "frontMatter"]);
    expect(on.out).toMatch(/^---\n/);
    const off = await run(["export", "brief.yaml", "-f", "md", "--option", "frontMatter=false"]);
    expect(off.out).toMatch(/^# /);
    const bad = await run(["export", "brief.yaml", "-f", "md", "--option", "frontMatter=yes"]);
    expect(bad.err).toBe('briefing: --option frontMatter is true or false, not "yes"\n');
  });

  it("html declares lang, a string", async () => {
    const r = await run(["export", "brief.yaml", "-f", "html", "--option", "lang=fr"]);
    expect(r.out).toMatch(/<html lang="fr">/);
    const bare = await run(["export", "brief.yaml", "-f", "html", "--option", "lang"]);
    expect(bare.err).toBe("briefing: --option lang needs a value: lang=…\n");
  });
});
