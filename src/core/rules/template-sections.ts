import { leadRequired, sectionLabel, sectionRequired } from "../template.js";
import type { Finding, Rule } from "./types.js";

export const templateSections: Rule = {
  id: "template-sections",
  description:
    "Sections are the template's, each at most once, in the template's order, with the leads it requires.",
  defaultLevel: "error",
  scope: "briefing",
  check(briefing, { template }) {
    const findings: Finding[] = [];
    const known = template.sections.map((s) => s.id);
    // Sections are named by their labels, as the reader sees them; the list of the
    // template's sections adds each id, which is what a file names.
    const label = (id: string): string => template.sections.find((s) => s.id === id)?.label ?? id;
    const listed = template.sections.map((s) => `${s.label} (${s.id})`).join(", ");
    const seen = new Map<string, number>();
    let lastOrder = -1;
    for (const section of briefing.sections) {
      const at = ["sections", section.index, "id"];
      const order = known.indexOf(section.id);
      const name = sectionLabel(template, section);
      if (order < 0) {
        findings.push({
          message: `section "${name}" is not part of the ${template.id} template (its sections: ${listed})`,
          at,
        });
        continue;
      }
      if (seen.has(section.id)) {
        findings.push({
          message: `section "${name}" appears twice; it was already at sections[${seen.get(section.id)}]`,
          at,
        });
        continue;
      }
      seen.set(section.id, section.index);
      if (order < lastOrder) {
        findings.push({
          message: `section "${name}" is out of order; the ${template.id} template puts it before "${label(known[lastOrder] as string)}"`,
          at,
        });
      }
      lastOrder = Math.max(lastOrder, order);
      const spec = template.sections[order];
      if (
        !section.malformed &&
        leadRequired(spec) &&
        (section.lead === undefined || section.lead.trim() === "")
      ) {
        findings.push({
          message: `section "${name}" needs a lead sentence`,
          at: ["sections", section.index],
        });
      }
    }
    const missing = template.sections
      .filter((s) => sectionRequired(s) && !seen.has(s.id))
      .map((s) => s.label);
    // A section without a usable id may be the "missing" one; the schema already reports it.
    if (missing.length > 0 && !briefing.unidentifiedSections) {
      findings.push({
        message: `missing ${missing.length === 1 ? "section" : "sections"} ${missing.map((l) => `"${l}"`).join(", ")} required by the ${template.id} template`,
        at: ["sections"],
        target: "key",
      });
    }
    return findings;
  },
};
