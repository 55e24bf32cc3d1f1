import { sectionLabel } from "../template.js";
import { countWords, plural } from "../words.js";
import { limitOptions, numberOption, type Finding, type Rule } from "./types.js";

export const leadLength: Rule = {
  id: "lead-length",
  description: "Each section's lead sentence stays within the template's word limit.",
  defaultLevel: "error",
  optionsSchema: limitOptions("max"),
  check(briefing, { template, options }) {
    const findings: Finding[] = [];
    for (const section of briefing.sections) {
      if (section.lead === undefined) continue;
      const spec = template.sections.find((s) => s.id === section.id);
      const max = numberOption(options, "max", spec?.lead?.maxWords);
      const words = countWords(section.lead);
      if (max !== undefined && words > max) {
        findings.push({
          message: `${sectionLabel(template, section)} lead must be at most ${plural(max, "word")}; it has ${words}`,
          at: ["sections", section.index, "lead"],
        });
      }
    }
    return findings;
  },
};
