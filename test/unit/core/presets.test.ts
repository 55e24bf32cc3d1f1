import { describe, expect, it } from "@jest/globals";
import { parse } from "yaml";
import { applyPresets, configWithOrigins, overlay, presets } from "../../../src/core/presets.js";
import { ruleById, rules } from "../../../src/core/rules/index.js";
import { compileSchema } from "../../../src/io/ajv.js";
import { must } from "./support.js";

describe("presets", () => {
  it("are the three documented names, each setting every rule with valid options", () => {
    expect([...presets.keys()]).toEqual([
      "briefing:recommended",
      "briefing:icd203",
      "briefing:smart-brevity",
    ]);
    for (const [name, settings] of presets) {
      expect([name, Object.keys(settings).sort()]).toEqual([name, rules.map((r) => r.id).sort()]);
      for (const [id, setting] of Object.entries(settings)) {
        if (!Array.isArray(setting) || setting[1] === undefined) continue;
        const valid = compileSchema(must(ruleById.get(id)?.optionsSchema, id));
        expect([name, id, valid(setting[1])]).toEqual([name, id, true]);
      }
    }
  });

  it("recommended is every rule at its default level", () => {
    const recommended = must(presets.get("briefing:recommended"));
    for (const rule of rules) expect(recommended[rule.id]).toBe(rule.defaultLevel);
  });

  it("icd203 and smart-brevity turn on what their names promise", () => {
    const icd = must(presets.get("briefing:icd203"));
    expect(icd["estimative-language"]).toEqual(["error", { yardstick: "icd203" }]);
    expect(icd["yardstick-row-mix"]).toBe("error");
    const brevity = must(presets.get("briefing:smart-brevity"));
    expect(brevity["passive-voice"]).toBe("warn");
    expect(brevity["sentence-length"]).toEqual(["warn", { maxWords: 25, averageWords: 16 }]);
  });

  it("apply in order, the later winning, and remember which set each rule", () => {
    const both = applyPresets(["briefing:smart-brevity", "briefing:icd203"]);
    expect(both.rules["boilerplate-summary"]).toBe("error");
    expect(both.origins["boilerplate-summary"]).toBe("briefing:icd203");
    const other = applyPresets(["briefing:icd203", "briefing:smart-brevity"]);
    expect(other.rules["passive-voice"]).toBe("warn");
    expect(other.origins["passive-voice"]).toBe("briefing:smart-brevity");
  });

  it("keep a preset's options under a bare level, as ESLint does", () => {
    expect(overlay(["warn", { maxWords: 25 }], "error")).toEqual(["error", { maxWords: 25 }]);
    expect(overlay(["warn", { maxWords: 25 }], "off")).toBe("off");
    expect(overlay(["warn", { maxWords: 25 }], ["error", { maxWords: 30 }])).toEqual([
      "error",
      { maxWords: 30 },
    ]);
    expect(overlay(undefined, "warn")).toBe("warn");
  });

  it("print as YAML that reads back, each rule commented with its origin", () => {
    const text = configWithOrigins(
      { rules: { "hedge-words": "off", "sentence-length": ["warn", { maxWords: 25 }] } },
      { "hedge-words": "team.yaml" },
    );
    expect(text).toContain("hedge-words: off # team.yaml\n");
    expect(text).toContain("sentence-length: [ warn, { maxWords: 25 } ] # default\n");
    expect(parse(text)).toEqual({
      rules: { "hedge-words": "off", "sentence-length": ["warn", { maxWords: 25 }] },
    });
  });
});
