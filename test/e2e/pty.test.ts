import { beforeEach, describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadDraft } from "../../src/io/drafts.js";
import { standard } from "../helpers/fake-prompts.js";
import { answer, keys, pick, ptyWorkspace, type PtySession } from "../helpers/pty.js";

// These run the built CLI (npm test builds first) in a real pseudo-terminal, keys typed
// one by one, as an analyst would.

const workspace = ptyWorkspace();
let dir: string;
let drafts: string;

beforeEach(() => {
  dir = workspace.dir();
  drafts = workspace.drafts();
});

function start(...args: string[]): PtySession {
  return workspace.start(args);
}

/** Types a standard section's lead and bullets, then Enter on an empty line to end the list. */
async function section(s: PtySession, id: "details" | "context" | "important", label: string) {
  await answer(s, `${label}. The lead sentence`, standard[id].lead);
  for (const [i, bullet] of standard[id].bullets.entries())
    await answer(s, `${label} bullet ${i + 1}`, bullet);
  await answer(s, `${label} bullet 3`, "");
}

/** The draft path from the Stopped message. */
async function stoppedDraft(s: PtySession): Promise<string> {
  await s.waitFor("Resume with: briefing new --resume ");
  const match = /Every answer so far is saved in (\S+)\n/.exec(s.output());
  expect(match).not.toBeNull();
  return match?.[1] ?? "";
}

const standardStart = async (s: PtySession) => {
  await answer(s, "Headline", standard.headline);
  await answer(s, "Summary", standard.summary);
  await section(s, "details", "Details");
};

describe("briefing new in a terminal", () => {
  it("writes a flash briefing typed key by key", async () => {
    const s = start("new", "flash.yaml", "--template", "flash");
    await answer(s, "Headline", "Port strike halts grain exports from Odesa");
    await answer(s, "Summary", "Dock workers stopped loading grain on 2 March.");
    expect(s.output()).toContain("Port strike halts grain exports from Odesa  42/100 characters");
    // Enter alone is refused here today (see the todo in flow.test.ts), so a lead is typed.
    await answer(s, "Key Points. An optional lead sentence", "Exports are down by half.");
    await answer(s, "Key point 1", "Three terminals stopped work.");
    await answer(s, "Key point 2", "Forty ships wait outside the harbour.");
    await answer(s, "Key point 3", "");
    await answer(s, "Conclusion", "Watch the pay talks on Friday.");
    // The date is on the line already: Ctrl-U clears it before another is typed.
    await answer(s, "Date", `${keys.ctrlU}2026-03-04`);
    await answer(s, "Author", "Ann Analyst");
    await answer(s, "Tags", "ports, grain");
    await pick(s, "Status", 2);
    await pick(s, "Confidence");
    await answer(s, "Add a source?", "y");
    await answer(s, "Source title", "Port authority notice");
    await answer(s, "Source URL", "");
    await s.waitFor("1. Port authority notice");
    await pick(s, "Sources (1)");
    await s.waitFor("Key Points. Exports are down by half.");
    await pick(s, "Save this briefing?");
    await s.waitFor("Saved flash.yaml");
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(parse(readFileSync(join(dir, "flash.yaml"), "utf8"))).toEqual({
      template: "flash",
      headline: "Port strike halts grain exports from Odesa",
      summary: "Dock workers stopped loading grain on 2 March.",
      sections: [
        {
          id: "key-points",
          lead: "Exports are down by half.",
          bullets: ["Three terminals stopped work.", "Forty ships wait outside the harbour."],
        },
      ],
      conclusion: "Watch the pay talks on Friday.",
      meta: {
        date: "2026-03-04",
        author: "Ann Analyst",
        tags: ["ports", "grain"],
        status: "final",
        sources: [{ title: "Port authority notice" }],
      },
    });
    expect(readdirSync(drafts)).toEqual([]);
  });

  it("Ctrl-C in the Context section exits 130; --resume finishes with every answer", async () => {
    const s = start("new", "std.yaml", "--template", "standard");
    await standardStart(s);
    await answer(s, "Context. The lead sentence", standard.context.lead);
    await answer(s, "Context bullet 1", standard.context.bullets[0] ?? "");
    await s.waitFor("? Context bullet 2");
    s.write(keys.ctrlC);
    expect((await s.waitExit()).exitCode).toBe(130);
    const path = await stoppedDraft(s);
    expect(path.startsWith(drafts)).toBe(true);
    expect(loadDraft(path).answers.sections?.[1]).toEqual({
      id: "context",
      lead: standard.context.lead,
      bullets: [standard.context.bullets[0]],
    });

    const r = start("new", "--resume", path);
    await answer(r, "Context bullet 2", standard.context.bullets[1] ?? "");
    await answer(r, "Context bullet 3", "");
    await section(r, "important", "Important to Know");
    await answer(r, "Conclusion", standard.conclusion);
    for (const prompt of ["Date", "Author", "Tags"]) await pick(r, prompt);
    for (const prompt of ["Status", "Confidence", "Add a source?"]) await pick(r, prompt);
    await pick(r, "Save this briefing?");
    await r.waitFor("Saved std.yaml");
    expect((await r.waitExit()).exitCode).toBe(0);
    const saved = parse(readFileSync(join(dir, "std.yaml"), "utf8")) as Record<string, unknown>;
    expect(saved).toMatchObject({
      headline: standard.headline,
      summary: standard.summary,
      sections: (["details", "context", "important"] as const).map((id) => ({
        id,
        ...standard[id],
      })),
      conclusion: standard.conclusion,
    });
    expect(readdirSync(drafts)).toEqual([]);
  });

  it.each(["SIGHUP", "SIGTERM"])("%s mid-flow leaves an intact draft", async (signal) => {
    const s = start("new", "std.yaml", "--template", "standard");
    await standardStart(s);
    await answer(s, "Context. The lead sentence", standard.context.lead);
    await s.waitFor("? Context bullet 1");
    await s.type("Port wages have");
    await s.waitFor("Port wages have");
    s.kill(signal);
    await s.waitExit();
    const [name] = readdirSync(drafts);
    const draft = loadDraft(join(drafts, name ?? ""));
    expect(draft.step).toEqual({ kind: "bullets", section: "context" });
    // The bullet being typed is kept too, marked unfinished.
    expect(draft.unfinished).toEqual({
      at: ["sections", 1, "bullets", 0],
      text: "Port wages have",
    });
    expect(draft.answers).toMatchObject({
      headline: standard.headline,
      summary: standard.summary,
      sections: [
        { id: "details", ...standard.details },
        { id: "context", lead: standard.context.lead },
      ],
    });
  });
});

describe("signals", () => {
  it("SIGTERM exits 130 and prints where the draft is", async () => {
    const s = start("new", "std.yaml", "--template", "standard");
    await s.waitFor("Headline");
    s.kill("SIGTERM");
    const { exitCode } = await s.waitExit();
    expect(exitCode).toBe(130);
    const [name] = readdirSync(drafts);
    await s.waitFor(`Resume with: briefing new --resume ${join(drafts, name ?? "")}`);
  });
});

describe("briefing edit in a terminal", () => {
  it("changes the headline from the review menu and keeps the comment", async () => {
    const file = join(dir, "brief.yaml");
    const text = `# Desk copy: do not publish
template: flash
headline: Port strike halts grain exports
summary: Dock workers stopped loading grain on 2 March. # checked
sections:
  - id: key-points
    bullets:
      - Three terminals stopped work.
      - Forty ships wait outside the harbour.
conclusion: Watch the pay talks on Friday.
`;
    writeFileSync(file, text);
    const s = start("edit", "brief.yaml");
    await pick(s, "Save this briefing?", 1);
    // The old headline is on the line, to be edited in place: the cursor is at its end.
    await s.waitFor(
      /\(edit it in place, Enter keeps it\) Port strike halts grain exports\s+31\/100/,
    );
    await s.type(`${keys.ctrlU}Port strike stops grain exports`);
    s.write(keys.enter);
    await s.waitFor("Port strike stops grain exports");
    await pick(s, "Save this briefing?");
    await s.waitFor("Saved brief.yaml");
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text.replace("halts", "stops"));
  });
});
