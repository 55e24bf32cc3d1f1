import { describe, expect, it } from "@jest/globals";
import { ruleById, type Rule } from "../../../../src/core/rules/index.js";
import { repairPaste } from "../../../../src/core/rules/paste-damage.js";
import { compileSchema } from "../../../../src/io/ajv.js";
import { demoTemplate, must } from "../support.js";

const rule: Rule = must(ruleById.get("paste-damage"));
const run = (summary: string, options: Record<string, unknown> = {}) =>
  rule.check({ sections: [], summary }, { template: demoTemplate, options, today: "2026-11-25" });
const found = (summary: string, options: Record<string, unknown> = {}) =>
  run(summary, options).map((f) => /\("(.+?)"\)/.exec(f.message)?.[1]);

describe("paste-damage", () => {
  it("is a fixable warning by default", () => {
    expect(rule.defaultLevel).toBe("warn");
    expect(rule.fixable).toBe(true);
  });

  it("reports each kind of damage, with the repaired part as the fix", () => {
    expect(run("The govern- ment fell.")).toEqual([
      {
        message: 'summary has a word split by a line-end hyphen ("govern- ment"); join it',
        at: ["summary"],
        fix: "The government fell.",
      },
    ]);
    expect(found("Casualties rose [p. 7] and Kissinger3 left.")).toEqual(["[p. 7]", "Kissinger3"]);
    expect(found("The officer, [ * ], was moved.")).toEqual(["[ * ]"]);
    expect(found("Marked (b)(1) in the release.")).toEqual(["(b)(1)"]);
    expect(found("Talks ended. Sign up to receive alerts.")).toEqual(["Sign up to receive"]);
  });

  it("repairs what is safe and leaves redactions to the writer", () => {
    expect(repairPaste("The self- defence units held.")).toBe("The self-defence units held.");
    expect(repairPaste("Page 4 of 12 Prices rose.")).toBe("Prices rose.");
    expect(repairPaste("The talks failed.4 The envoy left.")).toBe(
      "The talks failed. The envoy left.",
    );
    expect(repairPaste("Talks ended. Click here for more.")).toBe("Talks ended.");
    expect(repairPaste("Click here for more.")).toBe("Click here for more.");
    const redacted = run("The officer, [REDACTED], was moved.");
    expect(redacted).toHaveLength(1);
    expect(redacted[0]?.fix).toBeUndefined();
  });

  it("leaves meant hyphens, model numbers and brackets alone", () => {
    for (const text of [
      "Pre- and post-war figures differ.",
      "Short- to medium-term prospects are poor.",
      "The F-16s and the G7 and H5N1 and 3.5% and Route 7.",
      "The talks - which began in March - ended.",
      "Exports fell [by a third], the ministry said.",
      "Signatories may sign up to the code.",
    ])
      expect([text, run(text)]).toEqual([text, []]);
  });

  it("turns each kind off by option, and checks its options", () => {
    expect(run("The officer, [ * ], was moved.", { redactions: false })).toEqual([]);
    expect(found("Com- munists (Page 3).", { hyphenation: false })).toEqual(["(Page 3)"]);
    const check = compileSchema(must(rule.optionsSchema));
    expect(check({ footnotes: false, boilerplate: true })).toBe(true);
    expect(check({ footnotes: "no" })).toBe(false);
  });
});
