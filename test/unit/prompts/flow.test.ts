import { describe, expect, it } from "@jest/globals";
import { briefingProblems } from "../../../src/commands/author-flow.js";
import {
  say,
  standard,
  standardScript,
  standardSection,
  type ScriptEntry,
} from "../../helpers/fake-prompts.js";
import { flow, newDraft, useTask } from "./harness.js";

const task = useTask();

describe("runFlow: a whole briefing", () => {
  it("asks every part in template order and returns a clean briefing", async () => {
    const { result, api, printed } = await flow(
      [say.select("Template", "standard"), ...standardScript()],
      newDraft(null),
    );
    expect(result?.action).toBe("save");
    if (result?.action !== "save") return;
    expect(result.template.id).toBe("standard");
    expect(result.briefing).toMatchObject({
      template: "standard",
      headline: standard.headline,
      sections: [
        { id: "details", lead: standard.details.lead, bullets: standard.details.bullets },
        { id: "context", lead: standard.context.lead, bullets: standard.context.bullets },
        { id: "important", lead: standard.important.lead, bullets: standard.important.bullets },
      ],
      meta: {
        date: "2026-03-04",
        author: "Ann Analyst",
        tags: ["ports", "grain"],
      },
    });
    // Status and confidence are judgements the analyst makes: Enter leaves them unset.
    expect(result.briefing.meta).not.toHaveProperty("status");
    expect(result.briefing.meta).not.toHaveProperty("confidence");
    expect(briefingProblems(result.briefing, result.template, task())).toEqual({
      errors: [],
      warnings: [],
    });
    expect(printed.join("\n")).toContain(`[rendered] ${standard.headline}`);
    const headline = api.asked.find((a) => a.message.startsWith("Headline"));
    expect(headline?.shown).toBe(`${standard.headline}  42/120 characters`);
    const template = api.asked[0];
    expect(template?.choices).toEqual([
      "BLUF briefing note (bluf)",
      "Flash (flash)",
      "Smart Brevity (smart-brevity)",
      "Standard briefing (standard)",
    ]);
  });

  it("saves the draft after every answer, the step moving on", async () => {
    const { saves } = await flow(standardScript());
    const steps = saves.map((d) =>
      "section" in d.step ? `${d.step.kind}:${d.step.section}` : d.step.kind,
    );
    expect(steps.slice(0, 4)).toEqual([
      "summary",
      "lead:details",
      "bullets:details",
      "bullets:details",
    ]);
    expect(steps.at(-1)).toBe("review");
    const afterFirstBullet = saves.find((d) => d.answers.sections?.[0]?.bullets?.length === 1);
    expect(afterFirstBullet?.answers.sections?.[0]?.bullets).toEqual([standard.details.bullets[0]]);
    const afterAuthor = saves.find((d) => d.answers.meta?.author === "Ann Analyst");
    expect(afterAuthor?.answers.meta).toEqual({ date: "2026-03-04", author: "Ann Analyst" });
  });

  it("refuses answers over their limits and asks again", async () => {
    const script = standardScript();
    script.splice(
      0,
      1,
      say.rejected(
        "Headline",
        "a".repeat(130),
        "headline must be at most 120 characters; it has 130",
      ),
      say.rejected("Headline", "   ", "this cannot be empty"),
      say.input("Headline", standard.headline),
    );
    const { api, result } = await flow(script);
    expect(result?.action).toBe("save");
    expect(api.asked[0]?.rejections).toHaveLength(2);
  });
});

describe("the fake prompts", () => {
  it("fail the test when a scripted answer is refused without being expected", async () => {
    const script = [say.input("Headline", "a".repeat(121)), ...standardScript().slice(1)];
    await expect(flow(script)).rejects.toThrow(
      /"a{121}" was rejected by "Headline .*": headline must be at most 120 characters; it has 121/,
    );
  });

  it("fail when a rejection was expected but the answer passed, or the kind differs", async () => {
    await expect(
      flow([say.rejected("Headline", "Fine", "too long"), ...standardScript()]),
    ).rejects.toThrow(/"Fine" was accepted by "Headline/);
    await expect(flow([say.select("Headline", "x")])).rejects.toThrow(
      /expected select Headline .* the flow asked input "Headline/,
    );
  });
});

describe("runFlow: bullets", () => {
  it("types bullets one after another; Enter on an empty line ends the list", async () => {
    const { result, api } = await flow(standardScript());
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections[0]?.bullets).toEqual(standard.details.bullets);
    // No menu stands between bullets going forward.
    expect(api.asked.filter((a) => a.kind === "select").map((a) => a.message)).toEqual([
      "Status",
      "Confidence",
      "Save this briefing?",
    ]);
    const third = api.asked.find((a) => a.message.startsWith("Details bullet 3"));
    expect(third?.message).toContain("(an empty line ends the list)");
    expect(third?.answer).toBe("");
  });

  it("refuses an empty line below the minimum, and says why", async () => {
    const details: ScriptEntry[] = [
      say.input("Details. The lead sentence", standard.details.lead),
      say.input("Details bullet 1", standard.details.bullets[0] ?? ""),
      say.rejected("Details bullet 2", "", "Details needs at least 2 bullets; type bullet 2"),
      say.input("Details bullet 2", standard.details.bullets[1] ?? ""),
      say.input("Details bullet 3", ""),
    ];
    const script = standardScript();
    script.splice(2, standardSection("details").length, ...details);
    const { result } = await flow(script);
    expect(result?.action).toBe("save");
  });

  it("ends the list by itself at the maximum", async () => {
    const six = ["One.", "Two.", "Three.", "Four.", "Five.", "Six."];
    const draft = newDraft("flash", { kind: "bullets", section: "key-points" });
    draft.answers = { headline: "H", summary: "S." };
    const { saves } = await flow(
      [...six.map((b, i) => say.input(`Key point ${i + 1}`, b)), say.ctrlC("input", "Conclusion")],
      draft,
    );
    expect(saves.at(-1)?.answers.sections?.[0]?.bullets).toEqual(six);
    expect(saves.at(-1)?.step).toEqual({ kind: "conclusion" });
  });

  it("revising shows the list and a menu to edit, remove and move, the list after each change", async () => {
    const script = standardScript();
    script.splice(
      -1,
      1,
      say.choose("Save this briefing?", "Revise Details bullets"),
      say.select("Details bullets (2/8)", "add"),
      say.input("Details bullet 3", "Charlie."),
      say.input("Details bullet 4", ""),
      say.select("Details bullets (3/8)", "edit"),
      say.select("Which bullet to edit?", 1),
      say.input("Details bullet 2", "Bravo two."),
      say.select("Details bullets (3/8)", "remove"),
      say.select("Which bullet to remove?", 0),
      say.select("Details bullets (2/8)", "move"),
      say.select("Which bullet to move?", 1),
      say.select("Move it to position", 0),
      say.select("Details bullets (2/8)", "done"),
      say.select("Save this briefing?", "save"),
    );
    const { result, api, printed } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections[0]?.bullets).toEqual(["Charlie.", "Bravo two."]);
    const menu = api.asked.find((a) => a.message === "Details bullets (3/8)");
    expect(menu?.choices).toEqual([
      "Add bullets",
      "Edit a bullet",
      "Remove a bullet",
      "Move a bullet",
      "Done",
    ]);
    expect(menu?.default).toBe("done");
    const edit = api.asked.find((a) => a.answer === "Bravo two.");
    expect(edit).toMatchObject({ default: standard.details.bullets[1], prefill: true });
    // The list is printed before each menu: five menus, and the order after the move.
    expect(printed.filter((p) => p === "Details:")).toHaveLength(5);
    const last = printed.lastIndexOf("Details:");
    expect(printed.slice(last + 1, last + 3)).toEqual(["  1. Charlie.", "  2. Bravo two."]);
  });

  it("will not finish a revised list below its minimum, and says why", async () => {
    const draft = newDraft("standard", { kind: "review" });
    draft.answers = {
      headline: standard.headline,
      summary: standard.summary,
      sections: [{ id: "details", lead: standard.details.lead, bullets: ["Only one."] }],
      conclusion: standard.conclusion,
    };
    const { api, printed } = await flow(
      [
        say.choose(/./, "Revise Details bullets"),
        say.select("Details bullets (1/8)", "done"),
        say.select("Details bullets (1/8)", "add"),
        say.input("Details bullet 2", "Two."),
        say.input("Details bullet 3", ""),
        say.select("Details bullets (2/8)", "done"),
        say.choose(/./, "Quit and keep the draft"),
      ],
      draft,
    );
    expect(printed).toContain("Details needs at least 2 bullets; it has 1.");
    const menu = api.asked.find((a) => a.message === "Details bullets (1/8)");
    expect(menu?.choices?.at(-1)).toBe("Done (needs at least 2)");
    expect(menu?.default).toBe("add");
  });
});
