import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { DocumentSymbol, Hover, Range } from "vscode-languageserver-protocol";
import { proseWorkspace, type ProseWorkspace } from "../helpers/lsp-client.js";

// A Markdown or text briefing in the editor gets the outline and the part sizes a YAML
// one gets, placed on the text the importer read each part from.

const range = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

describe("the outline and hover of Markdown and text briefings", () => {
  let workspace: ProseWorkspace;

  beforeAll(async () => {
    workspace = await proseWorkspace();
  });
  afterAll(async () => {
    await workspace.close();
  });

  const open = async (name: string): Promise<string> => (await workspace.open(name)).uri;
  const session = () => workspace.session;
  const symbols = (uri: string): Promise<DocumentSymbol[]> =>
    session().connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri } });
  const hover = async (uri: string, line: number, character: number): Promise<string> => {
    const found: Hover | null = await session().connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line, character },
    });
    return found ? (found.contents as { value: string }).value : "";
  };

  it("outlines a Markdown briefing on the text of each part", async () => {
    const uri = await open("briefings/port-congestion.md");
    const outline = await symbols(uri);
    expect(outline.map((s) => [s.name, s.range])).toEqual([
      ["headline", range(0, 2, 0, 37)],
      ["summary", range(2, 0, 2, 83)],
      ["sections", range(4, 3, 22, 44)],
      ["conclusion", range(26, 0, 26, 72)],
    ]);
    const sections = outline.find((s) => s.name === "sections")?.children ?? [];
    expect(sections.map((s) => [s.name, s.range])).toEqual([
      ["Details", range(4, 3, 9, 32)],
      ["Context", range(11, 3, 16, 44)],
      ["Important to Know", range(18, 3, 22, 44)],
    ]);
    expect(sections[0]?.children?.map((s) => [s.name, s.range, s.detail])).toEqual([
      [
        "Details lead",
        range(6, 0, 6, 58),
        "Berth space opened after two terminals added night shifts.",
      ],
      ["Details bullet 1", range(8, 2, 8, 43), "Average waiting time dropped to 1.2 days."],
      ["Details bullet 2", range(9, 2, 9, 32), "Rail pick-ups rose by a fifth."],
    ]);
  });

  it("gives each part's size against the template on hover", async () => {
    const uri = await open("briefings/port-congestion.md");
    // The missing date is reported on the headline's text, so its page follows the size.
    expect(await hover(uri, 0, 10)).toMatch(
      /^headline 35\/120 characters, 6 words\n\n---\n\n# date-required\n/,
    );
    expect(await hover(uri, 18, 5)).toBe("Important to Know: 1 bullets (2 to 8 allowed)");
    // The bullet count is reported on the section's bullets.
    expect(await hover(uri, 22, 10)).toMatch(/^Important to Know bullet 1 7\/60 words\n/);
    expect(await hover(uri, 8, 10)).toBe("Details bullet 1 7/60 words");
    // On a finding, the size comes first and the rule's page after it.
    const onLead = await hover(uri, 20, 3);
    expect(onLead).toMatch(/^Important to Know lead 11\/50 words\n\n---\n\n/);
    expect(onLead).toContain("hedge-words");
  });

  it("reads a text briefing's lead after its label", async () => {
    const uri = await open("briefings/port-congestion.txt");
    const lead = (await symbols(uri)).find((s) => s.name === "sections")?.children?.[0]
      ?.children?.[0];
    expect([lead?.name, lead?.range]).toEqual(["Details lead", range(2, 9, 2, 67)]);
    expect(await hover(uri, 2, 20)).toMatch(/^Details lead 9\/\d+ words$/);
    // On the label itself, the section.
    expect(await hover(uri, 2, 3)).toBe("Details: 2 bullets (2 to 8 allowed)");
  });

  it("gives no outline to a Markdown file the configuration does not name", async () => {
    const uri = await open("README.md");
    expect(await symbols(uri)).toEqual([]);
    expect(await hover(uri, 0, 4)).toBe("");
  });
});
