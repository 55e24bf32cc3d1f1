import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { mergeAnswers } from "../../src/commands/edit-answers.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
const original = readFileSync(fixture("edit", "styles.yaml"), "utf8");

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(fixture("edit", "styles.yaml"), join(dir, "brief.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[], stdin?: string) {
  const { io, stdout, stderr } = memoryIo({ cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}
const current = () => readFileSync(join(dir, "brief.yaml"), "utf8");

describe("briefing edit --answers", () => {
  it("applies only the parts given, without questions, leaving every other byte", async () => {
    writeFileSync(
      join(dir, "fix.yaml"),
      [
        "summary: Carriers plan around the Cape for another quarter.",
        "sections:",
        "  - id: important",
        "    bullets:",
        "      - Spot rates are 38% above their level a year ago.",
        "      - Contract talks for next year open in December.",
        "      - Two carriers have filed surcharges for January.",
        "meta:",
        "  tags: [trade, shipping]",
        "",
      ].join("\n"),
    );
    const result = await run(["edit", "brief.yaml", "--answers", "fix.yaml"]);
    expect(result).toMatchObject({ code: 0, out: "Saved brief.yaml\n", err: "" });
    const expected = original
      .replace(
        "summary: Insurers hold war-risk premiums near their peak, so carriers plan around the Cape for another quarter.",
        "summary: Carriers plan around the Cape for another quarter.",
      )
      .replace(
        "      - Contract talks for next year open in December.\n",
        "      - Contract talks for next year open in December.\n      - Two carriers have filed surcharges for January.\n",
      )
      .replace("tags: [trade, shipping, insurance]", "tags: [trade, shipping]");
    expect(current()).toBe(expected);
  });

  it("reads the answers from stdin", async () => {
    const result = await run(
      ["edit", "brief.yaml", "--answers", "-"],
      '{"headline": "Carriers keep the Cape detour into winter"}',
    );
    expect(result.code).toBe(0);
    expect(current()).toBe(
      original.replace(
        '"Carriers keep the Cape detour into the autumn"',
        '"Carriers keep the Cape detour into winter"',
      ),
    );
  });

  it("refuses answers that would break the briefing, and leaves the file alone (exit 1)", async () => {
    const result = await run(
      ["edit", "brief.yaml", "--answers", "-"],
      `headline: ${"word ".repeat(40)}\n`,
    );
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^briefing: -: headline must be at most \d+ characters; it has \d+ \(headline-length\)\n/,
    );
    expect(result.err).toContain("briefing: brief.yaml not changed\n");
    expect(current()).toBe(original);
  });

  it("without --answers and without a terminal, still says how to run it", async () => {
    const result = await run(["edit", "brief.yaml"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/give --answers FILE/);
  });
});

describe("mergeAnswers", () => {
  it("merges mappings by key and sections by id, and replaces other lists", () => {
    const before = {
      headline: "H",
      sections: [
        { id: "a", lead: "A", bullets: ["1", "2"] },
        { id: "b", lead: "B" },
      ],
      meta: { tags: ["x", "y"], author: "Desk" },
    };
    expect(
      mergeAnswers(before, {
        sections: [
          { id: "b", bullets: ["3"] },
          { id: "c", lead: "C" },
        ],
        meta: { tags: ["z"] },
      }),
    ).toEqual({
      headline: "H",
      sections: [
        { id: "a", lead: "A", bullets: ["1", "2"] },
        { id: "b", lead: "B", bullets: ["3"] },
        { id: "c", lead: "C" },
      ],
      meta: { tags: ["z"], author: "Desk" },
    });
  });
});
