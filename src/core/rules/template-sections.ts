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
    const seen = new Map<string, number>();
    let lastOrder = -1;
    for (const section of briefing.sections) {
      const at = ["sections", section.index, "id"];
      const order = known.indexOf(section.id);
      if (order < 0) {
        findings.push({
          message: `section "${section.id}" is not part of the ${template.id} template (its sections: ${known.join(", ")})`,
          at,
        });
        continue;
      }
      if (seen.has(section.id)) {
        findings.push({
          message: `section "${section.id}" appears twice; it was already at sections[${seen.get(section.id)}]`,
          at,
        });
        continue;
      }
      seen.set(section.id, section.index);
      if (order < lastOrder) {
        findings.push({
          message: `section "${section.id}" is out of order; the ${template.id} template puts it before "${known[lastOrder]}"`,
          at,
        });
      }
      lastOrder = Math.max(lastOrder, order);
      const spec = template.sections[order];
      if (
        !section.malformed &&
        spec?.lead?.required !== false &&
        (section.lead === undefined || section.lead.trim() === "")
      ) {
        findings.push({
          message: `section "${section.id}" needs a lead sentence`,
          at: ["sections", section.index],
        });
      }
    }
    const missing = template.sections
      .filter((s) => s.required !== false && !seen.has(s.id))
      .map((s) => s.id);
    // A section without a usable id may be the "missing" one; the schema already reports it.
    if (missing.length > 0 && !briefing.unidentifiedSections) {
      findings.push({
        message: `missing ${missing.length === 1 ? "section" : "sections"} ${missing.map((id) => `"${id}"`).join(", ")} required by the ${template.id} template`,
        at: ["sections"],
        target: "key",
      });
    }
    return findings;
  },
};
