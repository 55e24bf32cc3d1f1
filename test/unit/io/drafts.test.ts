import { afterAll, describe, expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { draftText, listDrafts, loadDraft, saveDraft } from "../../../src/io/drafts.js";
import type { Draft } from "../../../src/prompts/types.js";
import { tempDir } from "../../helpers/paths.js";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const draft: Draft = {
  version: 1,
  template: "standard",
  file: "/briefs/rates.yaml",
  editing: "/briefs/old.yaml",
  answers: {
    headline: 'Rates "climb" — again: #3 \\ ’quoted’ \u202e',
    summary: "Line one\nline two\ttabbed",
    sections: [{ id: "details", lead: "- not a list", bullets: ["a: b", "{ not: flow }"] }],
  },
  step: { kind: "bullets", section: "details" },
  created: "2026-11-25T10:00:00.000Z",
  updated: "2026-11-25T10:00:00.000Z",
};

describe("drafts", () => {
  it("saves a draft that loads back the same, updated time aside", async () => {
    const path = join(dir, "one.yaml");
    await saveDraft(path, draft);
    const loaded = loadDraft(path);
    expect({ ...loaded, updated: draft.updated }).toEqual(draft);
    expect(Date.parse(loaded.updated)).not.toBeNaN();
  });

  it("writes a file that says how to resume it and reads as YAML too", async () => {
    const path = join(dir, "two.yaml");
    await saveDraft(path, draft);
    const text = readFileSync(path, "utf8");
    expect(text.split("\n")[0]).toBe(
      `# briefing draft: resume with \`briefing new --resume ${path}\``,
    );
    expect(text.endsWith("}\n")).toBe(true);
    // Keys in reading order: what the draft is, then the answers, then the times.
    expect(Object.keys(JSON.parse(text.replace(/^#.*\n/, "")) as object)).toEqual([
      "version",
      "template",
      "file",
      "editing",
      "answers",
      "step",
      "created",
      "updated",
    ]);
    expect({ ...(parse(text) as Draft), updated: draft.updated }).toEqual(draft);
  });

  it("keeps any text an analyst typed", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string(), (headline, summary) => {
        const d: Draft = { ...draft, answers: { headline, summary } };
        const path = join(dir, "any.yaml");
        writeFileSync(path, draftText(path, d));
        expect(loadDraft(path).answers).toEqual(d.answers);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["an empty file", ""],
    ["a comment only", "# nothing\n"],
    ["YAML that is not JSON", "version: 1\nanswers: {}\nstep: { kind: headline }\n"],
    ["another version", '{"version": 2, "answers": {}, "step": {"kind": "headline"}}'],
    ["no step", '{"version": 1, "answers": {}}'],
    ["null", "null"],
  ])("refuses %s as not a briefing draft", (_, text) => {
    const path = join(dir, "bad.yaml");
    writeFileSync(path, text);
    expect(() => loadDraft(path)).toThrow(`${path} is not a briefing draft`);
  });

  it("says so when a draft cannot be read", () => {
    expect(() => loadDraft(join(dir, "missing.yaml"))).toThrow(/^cannot read the draft: /);
  });

  it("lists drafts newest first and skips files that are not drafts", async () => {
    const { dir: folder, cleanup: done } = tempDir();
    try {
      await saveDraft(join(folder, "a.yaml"), draft);
      writeFileSync(join(folder, "junk.yaml"), "not: a draft\n");
      writeFileSync(join(folder, "notes.txt"), "ignored");
      const listed = listDrafts(folder);
      expect(listed.map((d) => d.path)).toEqual([join(folder, "a.yaml")]);
    } finally {
      done();
    }
  });
});
