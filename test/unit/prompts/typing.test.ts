import { describe, expect, it } from "@jest/globals";
import { flowDeps } from "../../../src/commands/author-flow.js";
import { countSuffix } from "../../../src/prompts/answer.js";
import { answerWarnings, checkAnswer, type AnswerContext } from "../../../src/prompts/steps.js";
import { say, standardScript } from "../../helpers/fake-prompts.js";
import { memoryIo } from "../../helpers/memory-io.js";
import { FakePrompts } from "../../helpers/fake-prompts.js";
import { flow, newDraft, useTask } from "./harness.js";

const task = useTask();

function ctx(): AnswerContext {
  const template = task().check.templates.get("standard");
  if (!template) throw new Error("no standard template");
  return { template, rules: task().check.rules ?? {}, today: "2026-03-04" };
}

describe("warnings under each answer", () => {
  it("come from the part rules set to warn, with their ids, and do not refuse the answer", () => {
    const text = "Exports may possibly recover in April.";
    expect(checkAnswer(ctx(), ["summary"], text)).toBe(true);
    expect(answerWarnings(ctx(), ["summary"], text).map((w) => [w.rule, w.level])).toEqual([
      ["hedge-words", "warn"],
      ["hedge-words", "warn"],
    ]);
    expect(answerWarnings(ctx(), ["summary"], "Exports fell by half.")).toEqual([]);
    // Off in the configuration: not shown.
    const off = { ...ctx(), rules: { ...ctx().rules, "hedge-words": "off" as const } };
    expect(answerWarnings(off, ["summary"], text)).toEqual([]);
  });

  it("are printed under the answer as the flow goes on", async () => {
    const script = standardScript();
    script.splice(1, 1, say.input("Summary", "Exports may possibly recover in April."));
    const { printed, result } = await flow(
      [...script.slice(0, 2), say.ctrlC("input", "Details")],
      newDraft(),
    );
    expect(result).toBeUndefined();
    expect(printed).toEqual([
      '  warning: summary hedges with "may"; state how likely it is or what is known (hedge-words)',
      '  warning: summary hedges with "possibly"; state how likely it is or what is known (hedge-words)',
    ]);
  });
});

describe("the live count", () => {
  it("turns to the warning colour only past the limit", () => {
    const warn = (t: string) => `<w>${t}</w>`;
    expect(countSuffix({ warn }, ctx(), ["headline"], "x".repeat(120))).toBe("120/120 characters");
    expect(countSuffix({ warn }, ctx(), ["headline"], "x".repeat(121))).toBe(
      "<w>121/120 characters</w>",
    );
  });
});

describe("notes wrapped to the terminal", () => {
  it("break at spaces, with a hanging indent, never inside a word", async () => {
    const { io } = memoryIo({ cwd: "." });
    io.stdout.columns = 40;
    const deps = await flowDeps(io, task(), new FakePrompts([]), "draft.yaml", false);
    const text =
      "the conclusion repeats the summary almost word for word; say what follows from it instead";
    const wrapped = await deps.wrap?.(text, "  warning: ", "           ");
    const lines = wrapped?.split("\n") ?? [];
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.trim()).join(" ")).toBe(`warning: ${text}`);
    expect(lines.slice(1).every((l) => l.startsWith("           "))).toBe(true);
  });
});

describe("the editor escape", () => {
  it("works at a lead and at a bullet, not only the summary and conclusion", async () => {
    const script = standardScript();
    script.splice(
      2,
      2,
      say.input("Details. The lead sentence", ":e"),
      say.editor("Details", "The strike began after\npay talks broke down.\n"),
      say.input("Details bullet 1", " :e "),
      say.editor("Details bullet 1", "Three terminals stopped\nwork on 2 March.\n"),
    );
    const { result } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections[0]).toMatchObject({
      lead: "The strike began after pay talks broke down.",
      bullets: [
        "Three terminals stopped work on 2 March.",
        "Forty ships wait outside the harbour.",
      ],
    });
  });
});

describe("an unfinished answer at the review", () => {
  it("is named with the part to revise, and comes back there on the line", async () => {
    const draft = newDraft("standard", { kind: "review" });
    draft.answers = {
      headline: "Port strike halts grain exports",
      summary: "S.",
      conclusion: "C.",
    };
    draft.unfinished = { at: ["sections", 1, "lead"], text: "Port wages have" };
    const { printed, api, saves } = await flow(
      [
        say.choose(/./, "Revise Context lead"),
        say.input("Context. The lead sentence", "Port wages have lagged inflation."),
        say.choose(/./, "Quit and keep the draft"),
      ],
      draft,
    );
    expect(printed).toContain(
      'An unfinished answer is kept for the Context lead: choose "Revise Context lead" to finish it.',
    );
    expect(api.asked[1]).toMatchObject({ default: "Port wages have", prefill: true });
    expect(saves.at(-1)?.unfinished).toBeUndefined();
    expect(saves.at(-1)?.answers.sections?.find((s) => s.id === "context")?.lead).toBe(
      "Port wages have lagged inflation.",
    );
  });
});
