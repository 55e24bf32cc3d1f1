import { describe, expect, it } from "@jest/globals";
import type { CompletionItem } from "vscode-languageserver";
import { completeJson } from "../../../src/lsp/complete-json.js";
import type { CompletionContext } from "../../../src/lsp/complete.js";
import { templateNameIn } from "../../../src/lsp/template-name.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";

const templates = await loadBuiltinTemplates();
const ctx: CompletionContext = {
  template: templates.get("bluf"),
  metaKeys: [
    { name: "status", values: ["draft", "final"] },
    { name: "date", description: "When it was written" },
  ],
  rules: {},
};

/** Completion at the `|` in a JSON text, with one-line positions. */
function at(marked: string): CompletionItem[] {
  const offset = marked.indexOf("|");
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return completeJson(text, offset, ctx, (o) => ({ line: 0, character: o }));
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe("completion in a JSON briefing", () => {
  it("offers the template's section ids and labels inside a section, in its order", () => {
    const typed = at('{"sections": [{"id": "ba|');
    expect(labels(typed)).toEqual(["issue", "background", "considerations"]);
    // What is typed inside the quotes is replaced, the quotes stay.
    expect(typed[1]?.textEdit).toEqual({
      range: { start: { line: 0, character: 22 }, end: { line: 0, character: 24 } },
      newText: "background",
    });
    // After the colon the item brings its quotes.
    expect(at('{"sections": [{"id": |')[0]?.insertText).toBe('"issue"');
    expect(labels(at('{"sections": [{"id": "issue", "label": "|'))).toEqual([
      "Issue",
      "Background",
      "Considerations",
    ]);
  });

  it("offers meta keys where a key is typed and allowed values where a value is", () => {
    expect(labels(at('{"meta": {"st|'))).toEqual(["status", "date"]);
    expect(at('{"meta": { |')[0]?.insertText).toBe('"status": ');
    expect(labels(at('{"meta": {"status": "|'))).toEqual(["draft", "final"]);
    expect(at('{"meta": {"date": "|')).toEqual([]);
  });

  it("offers estimative terms inside prose, and nothing in keys or other values", () => {
    for (const prose of [
      '{"summary": "It is al|',
      '{"sections": [{"lead": "Rates will |',
      '{"sections": [{"bullets": ["One", "Talks |',
      '{"conclusion": "|',
    ])
      expect(labels(at(prose))).toContain("almost certain");
    expect(at('{"template": "|')).toEqual([]);
    expect(at('{"sections": [{"id": "issue"}], |')).toEqual([]);
    expect(at('{"sections": [{"bullets": [|')).toEqual([]);
  });
});

describe("the template a document names", () => {
  it("is read from the document as validate reads it", () => {
    expect(templateNameIn('{"headline": "x", "template": "flash"}', "json")).toBe("flash");
    expect(templateNameIn("headline: x\ntemplate: 'bluf' # short note\n", "yaml")).toBe("bluf");
    expect(templateNameIn("headline: x\n", "yaml")).toBeUndefined();
    expect(templateNameIn('{"meta": {"template": "flash"}}', "json")).toBeUndefined();
  });

  it("is still found while the document does not parse", () => {
    expect(templateNameIn('{"template": "flash", "headline": "unfinished', "json")).toBe("flash");
    expect(templateNameIn('headline: "unclosed\ntemplate: bluf\nsummary: [', "yaml")).toBe("bluf");
  });
});
