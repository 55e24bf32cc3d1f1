import { sectionLabel } from "../template.js";
import { plural } from "../words.js";
import { limitOptions, numberOption, type Finding, type Rule } from "./types.js";

export const bulletCount: Rule = {
  id: "bullet-count",
  description: "Each section has as many bullets as its template allows.",
  defaultLevel: "error",
  optionsSchema: limitOptions("min", "max"),
  check(briefing, { template, options }) {
    const findings: Finding[] = [];
    for (const section of briefing.sections) {
      const spec = template.sections.find((s) => s.id === section.id);
      if (!spec || section.malformed) continue;
      const min = numberOption(options, "min", spec.bullets?.min);
      const max = numberOption(options, "max", spec.bullets?.max);
      const count = section.bullets?.length ?? 0;
      const at = section.bullets
        ? ["sections", section.index, "bullets"]
        : ["sections", section.index];
      const label = sectionLabel(template, section);
      if (min !== undefined && count < min) {
        findings.push({
          message: `${label} must have at least ${plural(min, "bullet")}; it has ${count}`,
          at,
        });
      } else if (max !== undefined && count > max) {
        findings.push({
          message: `${label} must have at most ${plural(max, "bullet")}; it has ${count}`,
          at,
        });
      }
    }
    return findings;
  },
};
