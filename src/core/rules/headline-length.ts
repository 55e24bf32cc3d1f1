import { countChars, countWords, plural } from "../words.js";
import { limitOptions, numberOption, type Rule } from "./types.js";

export const headlineLength: Rule = {
  id: "headline-length",
  description: "The headline stays within the template's character and word limits.",
  defaultLevel: "error",
  optionsSchema: limitOptions("max", "maxWords"),
  check(briefing, { template, options }) {
    const { headline } = briefing;
    if (headline === undefined) return [];
    const max = numberOption(options, "max", template.headline?.maxChars);
    const maxWords = numberOption(options, "maxWords", template.headline?.maxWords);
    const findings = [];
    const chars = countChars(headline);
    if (max !== undefined && chars > max) {
      findings.push({
        message: `headline must be at most ${plural(max, "character")}; it has ${chars}`,
        at: ["headline"],
      });
    }
    const words = countWords(headline);
    if (maxWords !== undefined && words > maxWords) {
      findings.push({
        message: `headline must be at most ${plural(maxWords, "word")}; it has ${words}`,
        at: ["headline"],
      });
    }
    return findings;
  },
};
