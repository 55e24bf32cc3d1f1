import { describe, expect, it } from "@jest/globals";
import { chmodSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadDraft } from "../../src/io/drafts.js";
import { answer, keys, ptyWorkspace } from "../helpers/pty.js";

// The built CLI in a real pseudo-terminal: what happens to text while it is being typed.

const workspace = ptyWorkspace();

const headline = "Port strike halts grain exports from Odesa";
const summary = "Dock workers stopped loading grain on 2 March.";

describe("nothing typed is lost", () => {
  it("Ctrl-C mid-bullet keeps the text; resume recaps and puts it back on the line", async () => {
    const s = workspace.start(["new", "flash.yaml", "--template", "flash"]);
    await answer(s, "Headline", headline);
    await answer(s, "Summary", summary);
    await answer(s, "Key Points. An optional lead sentence", "");
    await answer(s, "Key point 1", "Three terminals stopped work.");
    await s.waitFor("? Key point 2");
    await s.type("Rerouting via the Cape adds roughly");
    await s.waitFor("6/40 words");
    s.write(keys.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    const [name] = readdirSync(workspace.drafts());
    const path = join(workspace.drafts(), name ?? "");
    expect(loadDraft(path).unfinished).toEqual({
      at: ["sections", 0, "bullets", 1],
      text: "Rerouting via the Cape adds roughly",
    });

    const r = workspace.start(["new", "--resume", path]);
    await r.waitFor("Already written:");
    await r.waitFor(`Headline: ${headline}`);
    await r.waitFor("Key Points: 1 bullet");
    // The unfinished text is on the line (its six words counted), the cursor after it:
    // typing goes on from there.
    await r.waitFor("? Key point 2");
    await r.waitFor("unfinished answer restored");
    await r.waitFor("6/40 words");
    await r.type(" ten days.");
    r.write(keys.enter);
    await answer(r, "Key point 3", "");
    await r.waitFor("? Conclusion");
    r.write(keys.ctrlC);
    expect((await r.waitExit()).exitCode).toBe(130);
    const draft = loadDraft(path);
    expect(draft.answers.sections?.[0]?.bullets).toEqual([
      "Three terminals stopped work.",
      "Rerouting via the Cape adds roughly ten days.",
    ]);
    expect(draft.unfinished).toBeUndefined();
  });

  it(":e at a headline opens the editor, and its text becomes the answer", async () => {
    const editor = join(workspace.dir(), "fake-editor.sh");
    writeFileSync(editor, `#!/bin/sh\nprintf 'Port strike halts\\ngrain exports\\n' > "$1"\n`);
    chmodSync(editor, 0o755);
    const s = workspace.start(["new", "flash.yaml", "--template", "flash"], {
      EDITOR: editor,
      VISUAL: editor,
    });
    await answer(s, "Headline", ":e");
    // The editor prompt waits for Enter; "? Headline" alone is already on screen from the
    // answer being typed, so waiting for it could send Enter before that prompt listens.
    await s.waitFor("launch your preferred editor");
    s.write(keys.enter);
    await s.waitFor("? Summary");
    s.write(keys.ctrlC);
    await s.waitExit();
    const [name] = readdirSync(workspace.drafts());
    const draft = loadDraft(join(workspace.drafts(), name ?? ""));
    // Lines from the editor are joined: a headline is one line.
    expect(draft.answers.headline).toBe("Port strike halts grain exports");
  });
});

describe("prompts that fit the hand", () => {
  it("shows a hedge's warning, with its rule id, under the answer without stopping", async () => {
    const s = workspace.start(["new", "flash.yaml", "--template", "flash"]);
    await answer(s, "Headline", headline);
    await answer(s, "Summary", "Exports may possibly recover in April.");
    const seen = await s.waitFor("? Key Points");
    const lines = seen.split("\n");
    const at = lines.findIndex((l) => l.includes("✔ Summary"));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^ {2}warning: summary hedges with "may.*\(hedge-words\)/);
    s.write(keys.ctrlC);
    await s.waitExit();
  });

  it("turns the counter to the warning colour past the limit", async () => {
    const s = workspace.start(["--color", "new", "flash.yaml", "--template", "flash"]);
    await s.waitFor("? Headline");
    await s.type("x".repeat(100));
    await s.waitFor("100/100 characters");
    expect(s.raw()).not.toContain("\u001b[33m100/100 characters");
    await s.type("y");
    await s.waitFor("101/100 characters");
    expect(s.raw()).toContain("\u001b[33m101/100 characters\u001b[39m");
    s.write(keys.ctrlC);
    await s.waitExit();
  });

  it("finds an existing target before the first question", async () => {
    const file = join(workspace.dir(), "flash.yaml");
    writeFileSync(file, "keep me\n");
    const s = workspace.start(["new", "flash.yaml", "--template", "flash"]);
    await answer(s, "flash.yaml already exists. Replace it when the briefing is saved?", "n");
    await answer(s, "Save to which file instead?", "other.yaml");
    await s.waitFor("? Headline");
    s.write(keys.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    expect(readFileSync(file, "utf8")).toBe("keep me\n");
    const [name] = readdirSync(workspace.drafts());
    expect(loadDraft(join(workspace.drafts(), name ?? "")).file).toBe(
      join(workspace.dir(), "other.yaml"),
    );
  });
});
