import { BIDI, C1, charClass, escapeCode } from "./unsafe-chars.js";
import { Document, stringify, visit } from "yaml";
import type { Briefing } from "./types.js";

/** The URL editors resolve the briefing schema by (`briefing schema` prints the schema itself). */
export const SCHEMA_URL = "https://briefing.dev/schemas/briefing.schema.json";

/**
 * A briefing as file text: YAML with a schema comment for editors, or JSON. `schema` is what
 * the comment names (`false`: no comment); the CLI passes a path the editor can load offline.
 */
export function briefingFileText(
  briefing: Briefing,
  format: "yaml" | "json",
  schema: string | false = SCHEMA_URL,
): string {
  if (format === "json") return `${JSON.stringify(briefing, null, 2)}\n`;
  const line = schema === false ? "" : `# yaml-language-server: $schema=${schema}\n`;
  return `${line}${yamlText(briefing)}`;
}

// DEL, C1 controls and bidirectional overrides: YAML requires the controls escaped, and
// the yaml package writes them raw, so such text is double-quoted and escaped here. (yaml
// escapes C0 controls itself.)
const UNPRINTABLE = charClass("g", C1, BIDI);
const HAS_UNPRINTABLE = charClass("", C1, BIDI);

function yamlText(value: unknown): string {
  const text = JSON.stringify(value);
  if (!HAS_UNPRINTABLE.test(text)) return stringify(value, { lineWidth: 0 });
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && HAS_UNPRINTABLE.test(node.value))
        node.type = "QUOTE_DOUBLE";
    },
  });
  return doc.toString({ lineWidth: 0 }).replace(UNPRINTABLE, escapeCode);
}
