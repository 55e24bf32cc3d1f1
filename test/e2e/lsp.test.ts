import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  TextEdit,
} from "vscode-languageserver-protocol";
import { fixture, tempDir } from "../helpers/paths.js";
import { initialize, shutdown, startLsp, stop, type LspSession } from "../helpers/lsp-client.js";

// The server as shipped (bin/briefing.js lsp, built by `npm test`), driven over stdio by
// the protocol library that editors' clients are built on.

/** Applies LSP text edits to a text, last first so earlier offsets stay valid. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split("\n");
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted)
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

const range = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});

describe("briefing lsp, driven by a real client over stdio", () => {
  const tmp = tempDir();
  const file = join(tmp.dir, "port-congestion.yaml");
  const uri = pathToFileURL(file).href;
  let session: LspSession;
  let text = "";
  let version = 1;

  beforeAll(async () => {
    copyFileSync(fixture("lsp", "port-congestion.yaml"), file);
    text = readFileSync(file, "utf8");
    session = startLsp();
    await initialize(session, tmp.dir);
  });
  afterAll(() => {
    stop(session);
    tmp.cleanup();
  });

  const change = async (next: string): Promise<Diagnostic[]> => {
    text = next;
    version++;
    await session.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return session.diagnostics(uri);
  };
  const fixesFor = (d: Diagnostic): Promise<CodeAction[]> =>
    session.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });

  it("publishes diagnostics on open, with exact ranges, rule ids and doc links", async () => {
    await session.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "yaml", version, text },
    });
    const found = await session.diagnostics(uri);
    expect(found.map((d) => [d.code, d.range, d.severity])).toEqual([
      ["no-trailing-whitespace", range(1, 10, 1, 49), 2],
      ["template-sections", range(3, 0, 3, 8), 1],
      ["template-sections", range(9, 8, 9, 14), 1],
      ["hedge-words", range(15, 10, 15, 70), 2],
      ["schema", range(22, 2, 22, 7), 1],
    ]);
    expect(found[0]?.codeDescription?.href).toMatch(/docs\/rules\/no-trailing-whitespace\.md$/);
    expect(found[4]?.codeDescription?.href).toMatch(/docs\/rules\/README\.md$/);
    expect(found.every((d) => d.source === "briefing")).toBe(true);
  });

  it("offers the --fix fix as a text edit, and the diagnostic goes once it is applied", async () => {
    const current = await change(text);
    const d = current.find((x) => x.code === "no-trailing-whitespace") as Diagnostic;
    const actions = await fixesFor(d);
    const fix = actions.find((a) => a.title.startsWith("Fix:"));
    expect(fix?.isPreferred).toBe(true);
    const edits = fix?.edit?.changes?.[uri] ?? [];
    expect(edits).toEqual([{ range: range(1, 46, 1, 48), newText: "" }]);
    const after = await change(applyEdits(text, edits));
    expect(text.split("\n")[1]).toBe('headline: "Port congestion eases in the Baltic"');
    expect(after.map((x) => x.code)).not.toContain("no-trailing-whitespace");
    expect(after).toHaveLength(current.length - 1);
  });

  it('renames an unknown key and an unknown section id to the "did you mean" name', async () => {
    const current = await change(text);
    const key = current.find((x) => JSON.stringify(x.message).includes("staus")) as Diagnostic;
    const keyFix = (await fixesFor(key)).find((a) => a.title === 'Change to "status"');
    expect(keyFix?.edit?.changes?.[uri]).toEqual([
      { range: range(22, 2, 22, 7), newText: "status" },
    ]);
    const section = current.find((x) => JSON.stringify(x.message).includes("contxt")) as Diagnostic;
    const sectionFix = (await fixesFor(section)).find((a) => a.title === 'Change to "context"');
    const edits = [
      ...(keyFix?.edit?.changes?.[uri] ?? []),
      ...(sectionFix?.edit?.changes?.[uri] ?? []),
    ];
    const after = await change(applyEdits(text, edits));
    // Both the unknown id and the "missing Context" finding it caused are gone.
    expect(after.map((x) => x.code)).toEqual(["hedge-words"]);
  });

  it("disables a rule for the next line with a comment", async () => {
    const current = await change(text);
    const hedge = current.find((x) => x.code === "hedge-words") as Diagnostic;
    const disable = (await fixesFor(hedge)).find((a) => a.title.startsWith("Disable"));
    expect(disable?.title).toBe("Disable hedge-words for this line");
    const after = await change(applyEdits(text, disable?.edit?.changes?.[uri] ?? []));
    expect(text.split("\n")[15]).toBe("    # briefing-disable-next-line hedge-words");
    expect(after).toEqual([]);
  });

  it("hovers a part with its size against the template's limit, and a finding with its rule's page", async () => {
    const headline: Hover = await session.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 1, character: 15 },
    });
    expect(JSON.stringify(headline.contents)).toContain("headline 35/120 characters, 6 words");
    const bullets: Hover = await session.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: { line: 4, character: 5 },
    });
    expect(JSON.stringify(bullets.contents)).toContain("Details: 2 bullets (2 to 8 allowed)");
    const broken = await change(text.replace("    # briefing-disable-next-line hedge-words\n", ""));
    const hedge = broken.find((d) => d.code === "hedge-words") as Diagnostic;
    const onFinding: Hover = await session.connection.sendRequest("textDocument/hover", {
      textDocument: { uri },
      position: hedge.range.start,
    });
    const page = readFileSync(
      fixture("..", "..", "docs", "rules", "hedge-words.md"),
      "utf8",
    ).trim();
    expect((onFinding.contents as { value: string }).value).toContain(page.split("\n")[0]);
    expect((onFinding.contents as { value: string }).value).toContain(
      "Important to Know lead 11/50 words",
    );
  });

  it("completes section ids, meta values and the yardstick's terms", async () => {
    const lines = text.split("\n");
    const at = async (line: number, character: number) =>
      (
        await session.connection.sendRequest<CompletionItem[]>("textDocument/completion", {
          textDocument: { uri },
          position: { line, character },
        })
      ).map((i) => i.label);
    expect(await at(4, lines[4]?.length ?? 0)).toEqual(["details", "context", "important"]);
    const status = lines.findIndex((l) => l.startsWith("  status:"));
    expect(await at(status, lines[status]?.length ?? 0)).toEqual(["draft", "final"]);
    expect(await at(status, 2)).toEqual(
      expect.arrayContaining(["date", "author", "tags", "status", "confidence", "sources"]),
    );
    const terms = await at(5, 12);
    expect(terms).toContain("almost certain");
    expect(terms).toContain("roughly even chance");
  });

  it("outlines the headline, sections and conclusion", async () => {
    const symbols: DocumentSymbol[] = await session.connection.sendRequest(
      "textDocument/documentSymbol",
      { textDocument: { uri } },
    );
    expect(symbols.map((s) => s.name)).toEqual([
      "headline",
      "summary",
      "sections",
      "conclusion",
      "meta",
    ]);
    const sections = symbols.find((s) => s.name === "sections");
    expect(sections?.children?.map((s) => s.name)).toEqual([
      "Details",
      "Context",
      "Important to Know",
    ]);
    expect(sections?.children?.[0]?.children?.map((s) => s.name)).toEqual([
      "Details lead",
      "Details bullet 1",
      "Details bullet 2",
    ]);
  });

  it("reads a JSON briefing's own template for hover and completes where its cursor stands", async () => {
    const jsonUri = pathToFileURL(join(tmp.dir, "grain-corridor.json")).href;
    const briefing = {
      template: "bluf",
      headline: "Grain corridor talks stall over inspection rules",
      summary: "Talks on reopening the grain corridor stalled this week over who inspects ships.",
      sections: [{ id: "" }],
      meta: { status: "" },
    };
    const json = JSON.stringify(briefing, null, 2);
    const lines = json.split("\n");
    await session.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: jsonUri, languageId: "json", version: 1, text: json },
    });
    await session.diagnostics(jsonUri);
    const request = async <T>(method: string, line: number, character: number): Promise<T> =>
      session.connection.sendRequest<T>(method, {
        textDocument: { uri: jsonUri },
        position: { line, character },
      });

    // The summary is measured against bluf's 70 words, not the default template's 90.
    const summary = lines.findIndex((l) => l.includes('"summary"'));
    const hover = await request<Hover>("textDocument/hover", summary, 20);
    expect(JSON.stringify(hover.contents)).toMatch(/summary 13\/70 words/);

    const id = lines.findIndex((l) => l.includes('"id": ""'));
    const ids = await request<CompletionItem[]>(
      "textDocument/completion",
      id,
      (lines[id] ?? "").indexOf('""') + 1,
    );
    expect(ids.map((i) => i.label)).toEqual(["issue", "background", "considerations"]);
    expect(ids[0]?.textEdit?.newText).toBe("issue");
    const status = lines.findIndex((l) => l.includes('"status": ""'));
    const values = await request<CompletionItem[]>(
      "textDocument/completion",
      status,
      (lines[status] ?? "").indexOf('""') + 1,
    );
    expect(values.map((i) => i.label)).toEqual(["draft", "final"]);
  });

  it("shuts down and exits with code 0, writing nothing to stderr", async () => {
    expect(await shutdown(session)).toBe(0);
    expect(session.stderr()).toBe("");
  });
});
