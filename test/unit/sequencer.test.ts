import { describe, expect, it } from "@jest/globals";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "../helpers/paths.js";

interface FakeTest {
  path: string;
  context: { config: { cache: boolean }; hasteFS: { getSize: (path: string) => number } };
}
interface SequencerClass {
  new (options: { contexts: unknown[]; globalConfig: unknown }): {
    sort(tests: FakeTest[]): FakeTest[];
  };
  HEAVY: string[];
}
const HeavyFirst = createRequire(import.meta.url)(
  join(root, "test", "sequencer.cjs"),
) as SequencerClass;

describe("the test order", () => {
  it("names only suites that exist", () => {
    for (const suite of HeavyFirst.HEAVY) expect(existsSync(join(root, "test", suite))).toBe(true);
  });

  it("starts the heavy suites first, however small their files, and keeps the rest by size", () => {
    const sizes: Record<string, number> = {};
    const test = (suite: string, size: number): FakeTest => {
      const path = join(root, "test", suite);
      sizes[path] = size;
      // No remembered durations: the order a fresh clone gets.
      return {
        path,
        context: { config: { cache: false }, hasteFS: { getSize: (p) => sizes[p] ?? 0 } },
      };
    };
    const tests = [
      test("unit/a.test.ts", 9000),
      test("hostile/corpus.test.ts", 10),
      test("unit/b.test.ts", 100),
      test("hostile/corpus-big.test.ts", 5),
    ];
    const sequencer = new HeavyFirst({ contexts: [], globalConfig: {} });
    expect(sequencer.sort(tests).map((t) => t.path.slice(join(root, "test").length + 1))).toEqual([
      "hostile/corpus-big.test.ts",
      "hostile/corpus.test.ts",
      "unit/a.test.ts",
      "unit/b.test.ts",
    ]);
  });
});
