import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("anonymous-sourcing"));
const run = (summary: string, options: Record<string, unknown> = {}) =>
  rule.check({ sections: [], summary }, { template: demoTemplate, options, today: "2026-11-25" });
const quoted = (summary: string, options: Record<string, unknown> = {}) =>
  run(summary, options).map((f) => /\("([^"]+)"\)/.exec(f.message)?.[1]);

describe("anonymous-sourcing", () => {
  it("is a warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
  });

  it("reports a source known only by what it knows, once per part, at the part", () => {
    expect(run("Talks stalled, said a source briefed on the talks and a source said so.")).toEqual([
      {
        message:
          'summary cites an unnamed source ("source briefed on"); name the source or its institution, or say why it cannot be named',
        at: ["summary"],
      },
    ]);
  });

  it("reports the shapes editors catch", () => {
    expect(quoted("A counter-terrorism source told Reuters of the plot.")).toEqual(["source told"]);
    expect(quoted("Officials said the convoy crossed.")).toEqual(["Officials said"]);
    expect(quoted("The deal is close, according to two diplomats.")).toEqual([
      "according to two diplomats",
    ]);
    expect(quoted("One official, who spoke on condition of anonymity, said so.")).toEqual([
      "official, who spoke",
    ]);
    expect(quoted("Ukrainian officials said the dam was hit.")).toEqual(["officials said"]);
  });

  it("leaves sources named by person or institution alone", () => {
    expect(run("Pentagon officials said the convoy crossed.")).toEqual([]);
    expect(run("Officials at the interior ministry said 40 people died.")).toEqual([]);
    expect(run("The talks stalled, said a diplomat, Anna Berg, on Monday.")).toEqual([]);
    expect(run("The officials said the list was final.")).toEqual([]);
    expect(run("The river is the main source of drinking water.")).toEqual([]);
  });

  it("takes more nouns with add, and checks its options", () => {
    expect(run("Contacts said the port was shut.")).toEqual([]);
    expect(quoted("Contacts said the port was shut.", { add: ["contacts"] })).toEqual([
      "Contacts said",
    ]);
    const check = compileSchema(must(rule.optionsSchema));
    expect(check({ add: ["contacts"] })).toBe(true);
    expect(check({ add: ["Contacts("] })).toBe(false);
  });
});
