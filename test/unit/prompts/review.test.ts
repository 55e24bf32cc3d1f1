import { describe, expect, it } from "@jest/globals";
import {
  meta,
  say,
  standard,
  standardScript,
  type ScriptEntry,
} from "../../helpers/fake-prompts.js";
import { flow, newDraft, useTask } from "./harness.js";
import { isIsoDate } from "../../../src/prompts/flow.js";

useTask();

describe("runFlow: the editor escape and the review menu", () => {
  it(":e opens the editor with the same checks", async () => {
    const script = standardScript();
    script.splice(
      1,
      1,
      say.input("Summary", ":e"),
      {
        kind: "editor",
        message: "Summary",
        answer: "w ".repeat(91),
        rejectedWith: /at most 90 words/,
      },
      say.editor("Summary", `${standard.summary}\n`),
    );
    const { result, api } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.summary).toBe(standard.summary);
    expect(api.asked[1]?.message).toContain("(:e opens your editor)");
    expect(api.asked[2]?.kind).toBe("editor");
    expect(api.asked[2]?.message).not.toContain(":e");
  });

  it("keeps the paragraphs written in the editor, and unwraps the lines inside them", async () => {
    const script = standardScript();
    script.splice(
      1,
      1,
      say.input("Summary", ":e"),
      say.editor(
        "Summary",
        "Dock workers at Odesa stopped loading grain\non 2 March.\n\n\nShips are waiting offshore.\n",
      ),
    );
    const { result } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.summary).toBe(
      "Dock workers at Odesa stopped loading grain on 2 March.\n\nShips are waiting offshore.",
    );
  });

  it("revises a part from the review menu, its answer as the default", async () => {
    const script = standardScript();
    script.splice(
      -1,
      1,
      say.choose("Save this briefing?", "Revise summary"),
      say.input("Summary", "Dock workers at Odesa stopped loading grain on 2 March."),
      say.choose("Save this briefing?", "Revise Context bullets"),
      say.select("Context bullets (2/8)", "add"),
      say.input("Context bullet 3", "Talks resume on Friday."),
      say.input("Context bullet 4", ""),
      say.select("Context bullets (3/8)", "done"),
      say.select("Save this briefing?", "save"),
    );
    const { result, api, printed } = await flow(script);
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.summary).toBe("Dock workers at Odesa stopped loading grain on 2 March.");
    expect(result.briefing.sections[1]?.bullets).toHaveLength(3);
    expect(
      api.asked.find((a) => a.answer === "Dock workers at Odesa stopped loading grain on 2 March.")
        ?.default,
    ).toBe(standard.summary);
    const review = api.asked.find((a) => a.message === "Save this briefing?");
    expect(review?.choices).toEqual([
      "Save",
      "Revise headline",
      "Revise summary",
      "Revise Details lead",
      "Revise Details bullets",
      "Revise Context lead",
      "Revise Context bullets",
      "Revise Important to Know lead",
      "Revise Important to Know bullets",
      "Revise conclusion",
      "Revise metadata",
      "Quit and keep the draft",
    ]);
    expect(printed.filter((p) => p.includes("[rendered]"))).toHaveLength(3);
  });

  it("offers no Save while the briefing has errors, and lists them", async () => {
    const draft = newDraft("standard", { kind: "review" });
    draft.answers = { headline: "Only a headline", summary: "S.", conclusion: "C." };
    const { result, api, printed } = await flow(
      [say.choose("Fix the errors above before saving", "Quit and keep the draft")],
      draft,
    );
    expect(result).toEqual({ action: "cancel" });
    expect(api.asked[0]?.choices).not.toContain("Save");
    expect(
      printed.some((p) => p.startsWith("  error: ") && p.includes("(template-sections)")),
    ).toBe(true);
  });

  it("asks the metadata with sources", async () => {
    const draft = newDraft("flash", { kind: "meta" });
    const script: ScriptEntry[] = [
      ...meta({ author: "", tags: " a, b, a ,", status: "final", confidence: "high" }).slice(0, -1),
      say.confirm("Add a source?", true),
      say.rejected("Source title", " ", "a source needs a title"),
      say.input("Source title", "Port authority notice"),
      say.rejected("Source URL", "www.example.org", "use a full http(s) URL"),
      say.input("Source URL", "https://example.org/notice"),
      say.select("Sources (1)", "add"),
      say.input("Source title", "Harbour master log"),
      say.enter("Source URL"),
      say.select("Sources (2)", "edit"),
      say.select("Which source to edit?", 0),
      say.input("Source title", "Port authority notice, 2 March"),
      say.enter("Source URL"),
      say.select("Sources (2)", "remove"),
      say.select("Which source to remove?", 1),
      say.select("Sources (1)", "done"),
      say.choose(/./, "Quit and keep the draft"),
    ];
    const { saves, api, printed } = await flow(script, draft);
    expect(saves.at(-1)?.answers.meta).toEqual({
      date: "2026-03-04",
      tags: ["a", "b"],
      status: "final",
      confidence: "high",
      sources: [{ title: "Port authority notice, 2 March", url: "https://example.org/notice" }],
    });
    // The old title and URL are on the line to edit; the list is shown after each change.
    const edited = api.asked.find((a) => a.answer === "Port authority notice, 2 March");
    expect(edited).toMatchObject({ default: "Port authority notice", prefill: true });
    expect(edited?.message).toContain("edit it in place");
    expect(printed.filter((p) => p === "Sources:")).toHaveLength(4);
    expect(printed).toContain("  2. Harbour master log");
    expect(printed[printed.lastIndexOf("Sources:") + 1]).toBe(
      "  1. Port authority notice, 2 March <https://example.org/notice>",
    );
  });

  it("leaves status and confidence unset by default, and can unset them again", async () => {
    const draft = newDraft("flash", { kind: "meta" });
    draft.answers.meta = { status: "final", confidence: "low" };
    const { saves, api } = await flow(
      [...meta({ status: "", confidence: "" }), say.choose(/./, "Quit and keep the draft")],
      draft,
    );
    expect(saves.at(-1)?.answers.meta).toEqual({ date: "2026-03-04" });
    const status = api.asked.find((a) => a.message === "Status");
    expect(status?.choices).toEqual(["(leave unset)", "draft", "final"]);
    expect(status?.default).toBe("final");

    const fresh = await flow(
      [...meta(), say.choose(/./, "Quit and keep the draft")],
      newDraft("flash", { kind: "meta" }),
    );
    expect(fresh.api.asked.find((a) => a.message === "Confidence")?.default).toBe("");
    expect(fresh.saves.at(-1)?.answers.meta).toEqual({ date: "2026-03-04" });
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2026-03-04", true],
    ["2024-02-29", true],
    ["2026-03-04T09:30:00+01:00", true],
    ["2026-03-04T09:30Z", true],
    ["2026-13-45", false],
    ["2026-02-29", false],
    ["2026-03-04T25:99", false],
    ["2026-03-04T09:30:00", false],
    ["March 4", false],
  ])("%s → %s", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});

describe("runFlow: optional parts", () => {
  it("skips flash's optional Key Points lead on Enter", async () => {
    const draft = newDraft("flash", { kind: "lead", section: "key-points" });
    draft.answers = { headline: "H", summary: "S." };
    const { result } = await flow(
      [
        say.enter("Key Points. An optional lead sentence (optional, Enter to skip)"),
        say.input("Key point 1", "Trains stopped at noon."),
        say.input("Key point 2", "Buses replace them until Friday."),
        say.input("Key point 3", ""),
        say.input("Conclusion", "Service resumes next week."),
        ...meta(),
        say.select("Save this briefing?", "save"),
      ],
      draft,
    );
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections).toEqual([
      {
        id: "key-points",
        bullets: ["Trains stopped at noon.", "Buses replace them until Friday."],
      },
    ]);
  });

  it("skips smart-brevity's optional section and leaves it out", async () => {
    const draft = newDraft("smart-brevity", { kind: "lead", section: "between-the-lines" });
    draft.answers = {
      headline: "H",
      summary: "S.",
      sections: [
        { id: "why-it-matters", lead: "L." },
        { id: "big-picture", lead: "L." },
      ],
      conclusion: "C.",
    };
    const { result } = await flow(
      [
        say.enter("Between the Lines. What is not being said (optional, Enter to skip)"),
        say.input("Between the lines bullet 1", ""),
        // The optional axioms after it are skipped the same way.
        ...["Zoom Out", "By the Numbers", "Yes, But", "What's Next", "Go Deeper"].flatMap((l) => [
          say.enter(`${l}.`),
          say.input(/bullet 1|point 1| 1 \(/, ""),
        ]),
        say.input("The bottom line", "The end."),
        ...meta(),
        say.select("Save this briefing?", "save"),
      ],
      draft,
    );
    if (result?.action !== "save") throw new Error("not saved");
    expect(result.briefing.sections.map((s) => s.id)).toEqual(["why-it-matters", "big-picture"]);
  });
});
