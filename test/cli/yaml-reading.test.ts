// The exact reading of YAML where users meet it: export without validation prints what
// YAML 1.2 reads, and yaml never writes warnings of its own to the terminal.
import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(root, "examples"), join(dir, "examples"), { recursive: true });
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const example = () => readFileSync(join(dir, "examples", "freight-rates.yaml"), "utf8");

describe("reading YAML as YAML 1.2 does", () => {
  it("export --no-validate prints a +0x1F headline as the text it is", async () => {
    writeFileSync(join(dir, "hex.yaml"), example().replace(/^headline: .*$/m, "headline: +0x1F"));
    const { code, out } = await run(["export", "hex.yaml", "--no-validate", "-f", "txt"]);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe("+0x1F");
  });

  it("a collection used as a key fails validate, located, with no warning from yaml", async () => {
    writeFileSync(join(dir, "key.yaml"), example().replace(/^headline: (.*)$/m, "[headline]: $1"));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    const { code, out } = await run(["validate", "key.yaml"]);
    await new Promise((resolve) => setImmediate(resolve));
    process.off("warning", onWarning);
    expect(code).toBe(1);
    expect(out).toMatch(/key\.yaml\n\s+\d+:\d+\s+error/);
    expect(warnings).toEqual([]);
  });
});
