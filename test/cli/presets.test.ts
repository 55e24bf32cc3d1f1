import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/memory-io.js";
import { tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;

// Its summary opens with boilerplate and mixes the rows of ICD 203's table: warnings by
// default, errors under the presets that care.
const brief = `headline: Rates hold
summary: This note covers the bank. Rates will likely hold, and a cut is probable in June.
sections:
  - id: details
    lead: The bank kept rates at 2%.
    bullets: [Wages rose 5%., Prices rose 3%.]
  - id: context
    lead: Inflation has fallen for a year.
    bullets: [Energy fell., Food rose.]
  - id: important
    lead: Markets expect a cut.
    bullets: [Bonds rallied., The currency fell.]
conclusion: Expect no change before June.
meta: { date: "2026-01-02" }
`;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, "briefs"));
  writeFileSync(join(dir, "briefs", "rates.yaml"), brief);
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

const config = (text: string) => writeFileSync(join(dir, "briefing.config.yaml"), text);

describe("extends", () => {
  it("applies a preset's levels, with the file's own rules laid over them", async () => {
    const plain = await run(["validate", "briefs/rates.yaml"]);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/warning +summary opens by describing the document/);
    config("extends: briefing:smart-brevity\n");
    const brevity = await run(["validate", "briefs/rates.yaml"]);
    expect(brevity.code).toBe(1);
    expect(brevity.out).toMatch(
      /error +summary opens by describing the document .* boilerplate-summary/,
    );
    config("extends: [briefing:icd203]\nrules:\n  boilerplate-summary: off\n");
    const icd = await run(["validate", "briefs/rates.yaml"]);
    expect(icd.code).toBe(1);
    expect(icd.out).toMatch(/error +summary uses "probable" from row 2 .* yardstick-row-mix/);
    expect(icd.out).not.toContain("boilerplate-summary");
  });

  it("shows where each setting came from in --print-config", async () => {
    config("extends: [briefing:recommended, briefing:icd203]\nrules:\n  hedge-words: error\n");
    const { code, out } = await run(["validate", "--print-config"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^extends:\n {2}- briefing:recommended\n {2}- briefing:icd203\n/m);
    expect(out).toMatch(/^ {2}yardstick-row-mix: error # briefing:icd203$/m);
    expect(out).toMatch(/^ {2}hedge-words: error # briefing\.config\.yaml$/m);
    expect(out).toMatch(/^ {2}template-sections: error # briefing:icd203$/m);
  });

  it("refuses an unknown preset with its line and column", async () => {
    config("rules: {}\nextends: [briefing:recommended, eslint:recommended]\n");
    const { code, err } = await run(["validate", "briefs/rates.yaml"]);
    expect(code).toBe(2);
    expect(err).toBe(
      'briefing: invalid configuration briefing.config.yaml:2:33: unknown preset "eslint:recommended"; choose one of briefing:recommended, briefing:icd203, briefing:smart-brevity\n',
    );
  });
});
