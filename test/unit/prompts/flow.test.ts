import { describe, expect, it } from "@jest/globals";
import { briefingProblems } from "../../../src/commands/author-flow.js";
import {
  bullets,
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
        status: "draft",
        confidence: "moderate",
      },
    });
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
  it("adds, edits, removes and moves bullets", async () => {
    const details: ScriptEntry[] = [
      say.input("Details. The lead sentence", standard.details.lead),
      ...bullets("Details", ["Alpha.", "Bravo.", "Charlie."]).slice(0, -1),
      say.select("Details bullets (3/8)", "edit"),
      say.select("Which bullet to edit?", 1),
      say.input("Details bullet 2", "Bravo two."),
      say.select("Details bullets (3/8)", "remove"),
      say.select("Which bullet to remove?", 0),
      say.select("Details bullets (2/8)", "move"),
      say.select("Which bullet to move?", 1),
      say.select("Move it to position", 0),
      say.select("Details bullets (2/8)", "done"),
    ];
    const script = standardScript();
    script.splice(2, standardSection("details").length, ...details);
    const { result, api } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections[0]?.bullets).toEqual(["Charlie.", "Bravo two."]);
    const menu = api.asked.find((a) => a.message === "Details bullets (3/8)");
    expect(menu?.choices).toEqual([
      "Add a bullet",
      "Edit a bullet",
      "Remove a bullet",
      "Move a bullet",
      "Done",
    ]);
    const edit = api.asked.find(
      (a) => a.message === "Details bullet 2" && a.answer === "Bravo two.",
    );
    expect(edit?.default).toBe("Bravo.");
  });

  it("will not finish a section below its minimum, and says why", async () => {
    const details: ScriptEntry[] = [
      say.input("Details. The lead sentence", standard.details.lead),
      say.select("Details bullets (0/8)", "add"),
      say.input("Details bullet 1", standard.details.bullets[0] ?? ""),
      say.select("Details bullets (1/8)", "done"),
      say.select("Details bullets (1/8)", "add"),
      say.input("Details bullet 2", standard.details.bullets[1] ?? ""),
      say.select("Details bullets (2/8)", "done"),
    ];
    const script = standardScript();
    script.splice(2, standardSection("details").length, ...details);
    const { api, printed } = await flow(script);
    expect(printed).toContain("Details needs at least 2 bullets; it has 1.");
    const menu = api.asked.find((a) => a.message === "Details bullets (1/8)");
    expect(menu?.choices?.at(-1)).toBe("Done (needs at least 2)");
    expect(menu?.default).toBe("add");
  });
});
