import type { ParagraphSpec } from "../template.js";
import { countWords, plural } from "../words.js";
import { limitOptions, numberOption, type Rule } from "./types.js";

/** Shared by the summary and conclusion rules: the same limits on a paragraph. */
function paragraphRule(part: "summary" | "conclusion"): Rule {
  return {
    id: `${part}-length`,
    description: `The ${part} stays within the template's word limits.`,
    defaultLevel: "error",
    optionsSchema: limitOptions("min", "max"),
    check(briefing, { template, options }) {
      const text = briefing[part];
      if (text === undefined) return [];
      const spec: ParagraphSpec | undefined = template[part];
      const max = numberOption(options, "max", spec?.maxWords);
      const min = numberOption(options, "min", spec?.minWords);
      const words = countWords(text);
      if (max !== undefined && words > max) {
        return [
          {
            message: `${part} must be at most ${plural(max, "word")}; it has ${words}`,
            at: [part],
          },
        ];
      }
      if (min !== undefined && words < min) {
        return [
          {
            message: `${part} must be at least ${plural(min, "word")}; it has ${words}`,
            at: [part],
          },
        ];
      }
      return [];
    },
  };
}

export const summaryLength = paragraphRule("summary");
export const conclusionLength = paragraphRule("conclusion");
