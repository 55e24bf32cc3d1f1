import { sectionLabel } from "../template.js";
import { countWords, plural } from "../words.js";
import { limitOptions, numberOption, type Finding, type Rule } from "./types.js";

export const bulletLength: Rule = {
  id: "bullet-length",
  description: "Each bullet stays within the template's word limit.",
  defaultLevel: "error",
  optionsSchema: limitOptions("max"),
  check(briefing, { template, options }) {
    const findings: Finding[] = [];
    for (const section of briefing.sections) {
      const spec = template.sections.find((s) => s.id === section.id);
      const max = numberOption(options, "max", spec?.bullets?.maxWords);
      if (max === undefined) continue;
      (section.bullets ?? []).forEach((bullet, i) => {
        const words = countWords(bullet);
        if (words > max) {
          findings.push({
            message: `${sectionLabel(template, section)} bullet ${i + 1} must be at most ${plural(max, "word")}; it has ${words}`,
            at: ["sections", section.index, "bullets", i],
          });
        }
      });
    }
    return findings;
  },
};
