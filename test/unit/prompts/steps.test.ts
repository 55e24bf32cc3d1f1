import { beforeAll, describe, expect, it } from "@jest/globals";
import { ruleById } from "../../../src/core/rules/index.js";
import type { Template } from "../../../src/core/template.js";
import type { RuleSetting } from "../../../src/core/validate.js";
import { loadBuiltinTemplates } from "../../../src/io/templates.js";
import {
  checkAnswer,
  draftSection,
  draftToBriefing,
  liveCount,
  nextStep,
  stepsOf,
  type AnswerContext,
} from "../../../src/prompts/steps.js";
import type { Draft } from "../../../src/prompts/types.js";

let templates: Map<string, Template>;
const tpl = (id: string): Template => {
  const t = templates.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};
const ctx = (id = "standard", rules: Record<string, RuleSetting> = {}): AnswerContext => ({
  template: tpl(id),
  rules,
  today: "2026-03-04",
});
const draft = (answers: Draft["answers"] = {}): Draft => ({
  version: 1,
  template: "standard",
  answers,
  step: { kind: "headline" },
  created: "2026-03-04T10:00:00.000Z",
  updated: "2026-03-04T10:00:00.000Z",
});

beforeAll(async () => {
  templates = await loadBuiltinTemplates();
});

describe("stepsOf and nextStep", () => {
  it("walks the standard template: headline, summary, lead and bullets per section, then the end", () => {
    expect(stepsOf(tpl("standard"))).toEqual([
      { kind: "headline" },
      { kind: "summary" },
      { kind: "lead", section: "details" },
      { kind: "bullets", section: "details" },
      { kind: "lead", section: "context" },
      { kind: "bullets", section: "context" },
      { kind: "lead", section: "important" },
      { kind: "bullets", section: "important" },
      { kind: "conclusion" },
      { kind: "meta" },
      { kind: "review" },
    ]);
  });

  it("walks every shipped template in its section order", () => {
    for (const t of templates.values()) {
      const steps = stepsOf(t);
      expect(steps).toHaveLength(2 * t.sections.length + 5);
      const leads = steps.filter((s) => s.kind === "lead").map((s) => s.section);
      expect(leads).toEqual(t.sections.map((s) => s.id));
    }
    expect(stepsOf(tpl("flash")).map((s) => ("section" in s ? s.section : s.kind))).toEqual([
      "headline",
      "summary",
      "key-points",
      "key-points",
      "conclusion",
      "meta",
      "review",
    ]);
  });

  it("gives the following step, the lead before the bullets of the same section", () => {
    const t = tpl("standard");
    expect(nextStep(t, { kind: "headline" })).toEqual({ kind: "summary" });
    expect(nextStep(t, { kind: "lead", section: "context" })).toEqual({
      kind: "bullets",
      section: "context",
    });
    expect(nextStep(t, { kind: "bullets", section: "details" })).toEqual({
      kind: "lead",
      section: "context",
    });
    expect(nextStep(t, { kind: "bullets", section: "important" })).toEqual({
      kind: "conclusion",
    });
    expect(nextStep(t, { kind: "meta" })).toEqual({ kind: "review" });
    expect(nextStep(t, { kind: "review" })).toEqual({ kind: "review" });
  });
});

describe("draftSection and draftToBriefing", () => {
  it("creates sections in template order, whatever order they are asked in", () => {
    const d = draft();
    draftSection(d, tpl("standard"), "important").lead = "Third.";
    draftSection(d, tpl("standard"), "details").lead = "First.";
    expect(d.answers.sections?.map((s) => s.id)).toEqual(["details", "important"]);
    expect(draftSection(d, tpl("standard"), "details").lead).toBe("First.");
  });

  it("drops empty optional sections, keeps metadata, copies bullets", () => {
    const bullets = ["One.", "Two."];
    const d = draft({
      headline: "H",
      summary: "S.",
      sections: [
        { id: "why-it-matters", lead: "L.", bullets },
        { id: "big-picture", bullets: [] },
      ],
      conclusion: "C.",
      meta: { date: "2026-03-04", tags: ["x"] },
    });
    const b = draftToBriefing(d, tpl("smart-brevity"));
    expect(b).toEqual({
      template: "smart-brevity",
      headline: "H",
      summary: "S.",
      sections: [{ id: "why-it-matters", lead: "L.", bullets: ["One.", "Two."] }],
      conclusion: "C.",
      meta: { date: "2026-03-04", tags: ["x"] },
    });
    expect(b.sections[0]?.bullets).not.toBe(bullets);
  });

  it("keeps a section with bullets but no lead, and leaves out empty metadata", () => {
    const d = draft({
      sections: [{ id: "key-points", lead: "", bullets: ["A.", "B."] }],
      meta: {},
    });
    const b = draftToBriefing(d, tpl("flash"));
    expect(b.sections).toEqual([{ id: "key-points", bullets: ["A.", "B."] }]);
    expect(b).not.toHaveProperty("meta");
    expect(b).toMatchObject({ headline: "", summary: "", conclusion: "" });
  });
});

describe("checkAnswer", () => {
  it("rejects a headline over 120 characters with the rule's message", () => {
    expect(checkAnswer(ctx(), ["headline"], "a".repeat(120))).toBe(true);
    expect(checkAnswer(ctx(), ["headline"], "a".repeat(131))).toBe(
      "headline must be at most 120 characters; it has 131",
    );
  });

  it("rejects a lead or a bullet over its word limit, naming the section", () => {
    expect(checkAnswer(ctx(), ["sections", 1, "lead"], "word ".repeat(51))).toBe(
      "Context lead must be at most 50 words; it has 51",
    );
    expect(checkAnswer(ctx(), ["sections", 0, "bullets", 2], "w ".repeat(61))).toBe(
      "Details bullet 3 must be at most 60 words; it has 61",
    );
    expect(checkAnswer(ctx("flash"), ["summary"], "w ".repeat(61))).toBe(
      "summary must be at most 60 words; it has 61",
    );
  });

  it("rejects an empty bullet or paragraph", () => {
    expect(checkAnswer(ctx(), ["sections", 0, "bullets", 0], "  ")).toBe("this cannot be empty");
    expect(checkAnswer(ctx(), ["summary"], "")).toBe("this cannot be empty");
  });

  it("accepts an empty optional lead (flash Key Points) so Enter skips it", () => {
    expect(checkAnswer(ctx("flash"), ["sections", 0, "lead"], "")).toBe(true);
    expect(checkAnswer(ctx("smart-brevity"), ["sections", 2, "lead"], " ")).toBe(true);
  });

  it("rejects an empty lead when the template requires one (standard Details)", () => {
    expect(checkAnswer(ctx(), ["sections", 0, "lead"], "")).toBe("this cannot be empty");
  });

  it("does not block on a rule configured off, and uses a rule's own limit", () => {
    const long = "a".repeat(130);
    expect(checkAnswer(ctx("standard", { "headline-length": "off" }), ["headline"], long)).toBe(
      true,
    );
    expect(
      checkAnswer(
        ctx("standard", { "headline-length": ["error", { max: 10 }] }),
        ["headline"],
        "a".repeat(11),
      ),
    ).toBe("headline must be at most 10 characters; it has 11");
    expect(checkAnswer(ctx("standard", { "headline-length": "warn" }), ["headline"], long)).toBe(
      true,
    );
  });

  it("runs the rules scoped to one part, and leaves whole-briefing rules to the review", () => {
    // Bullets before the one typed are stand-ins ("x"), so a duplicate check would fire.
    const strict = ctx("standard", { "no-duplicate-bullets": "error" });
    expect(ruleById.get("no-duplicate-bullets")?.scope).toBe("briefing");
    expect(checkAnswer(strict, ["sections", 0, "bullets", 1], "x")).toBe(true);
    expect(ruleById.get("bullet-length")?.scope).toBe("part");
    expect(checkAnswer(strict, ["sections", 0, "bullets", 1], "w ".repeat(61))).toMatch(
      /must be at most 60 words/,
    );
  });

  it("ignores warnings but blocks on a rule raised to error", () => {
    if (!ruleById.has("hedge-words")) return;
    const text = "Rates may rise again";
    expect(checkAnswer(ctx(), ["summary"], text)).toBe(true);
    const strict = ctx("standard", { "hedge-words": "error" });
    expect(checkAnswer(strict, ["summary"], text)).toMatch(/^summary hedges with "may"/);
    expect(checkAnswer(strict, ["sections", 1, "bullets", 0], text)).toMatch(
      /^Context bullet 1 hedges with "may"/,
    );
  });
});

describe("liveCount", () => {
  it("counts headline characters and paragraph, lead and bullet words", () => {
    expect(liveCount(ctx(), ["headline"], "x".repeat(31))).toBe("31/120 characters");
    expect(liveCount(ctx(), ["summary"], "one two three")).toBe("3/90 words");
    expect(liveCount(ctx("flash"), ["conclusion"], "a b")).toBe("2/60 words");
    expect(liveCount(ctx(), ["sections", 2, "lead"], "a b c d")).toBe("4/50 words");
    expect(liveCount(ctx("flash"), ["sections", 0, "bullets", 0], "")).toBe("0/40 words");
    expect(liveCount(ctx(), ["headline"], "naïve café")).toBe("10/120 characters");
  });

  it("takes a limit from the rule's options over the template's", () => {
    const c = ctx("standard", {
      "headline-length": ["error", { max: 80 }],
      "summary-length": ["warn", { max: 40 }],
      "bullet-length": ["error", { max: 25 }],
    });
    expect(liveCount(c, ["headline"], "abc")).toBe("3/80 characters");
    expect(liveCount(c, ["summary"], "a b")).toBe("2/40 words");
    expect(liveCount(c, ["sections", 0, "bullets", 1], "a")).toBe("1/25 words");
    expect(liveCount(c, ["conclusion"], "a")).toBe("1/90 words");
  });

  it("shows nothing without a limit", () => {
    const bare: Template = { id: "bare", name: "Bare", sections: [{ id: "s", label: "S" }] };
    const c: AnswerContext = { template: bare, rules: {}, today: "2026-03-04" };
    expect(liveCount(c, ["headline"], "x")).toBeUndefined();
    expect(liveCount(c, ["sections", 0, "lead"], "x")).toBeUndefined();
  });
});
