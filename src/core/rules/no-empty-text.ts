import { leadRequired, sectionLabel } from "../template.js";
import type { Finding, Rule } from "./types.js";

const blank = (text: string) => text.trim() === "";

export const noEmptyText: Rule = {
  id: "no-empty-text",
  description: "No lead or bullet is empty or only white space.",
  defaultLevel: "error",
  scope: "part",
  optionsSchema: { type: "object", additionalProperties: false, properties: {} },
  check(briefing, { template }) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const section of briefing.sections) {
      const label = sectionLabel(template, section);
      const spec = template.sections.find((s) => s.id === section.id);
      // template-sections already says a section "needs a lead sentence" when its
      // template requires one (first occurrence of a known section): don't say it twice.
      const saidThere = spec !== undefined && leadRequired(spec) && !seen.has(spec.id);
      seen.add(section.id);
      if (section.lead !== undefined && blank(section.lead) && !saidThere) {
        findings.push({
          message: `${label} lead is empty; write the lead sentence or remove the key`,
          at: ["sections", section.index, "lead"],
        });
      }
      (section.bullets ?? []).forEach((bullet, i) => {
        if (!blank(bullet) || section.nonText?.includes(i)) return;
        findings.push({
          message: `${label} bullet ${i + 1} is empty; write it or remove it`,
          at: ["sections", section.index, "bullets", i],
        });
      });
    }
    return findings;
  },
};
