import { stringify } from "yaml";
import type { Briefing } from "./types.js";

/** The URL editors resolve the briefing schema by (`briefing schema` prints the schema itself). */
export const SCHEMA_URL = "https://briefing.dev/schemas/briefing.schema.json";

/** A briefing as file text: YAML with a schema comment for editors, or JSON. */
export function briefingFileText(briefing: Briefing, format: "yaml" | "json"): string {
  if (format === "json") return `${JSON.stringify(briefing, null, 2)}\n`;
  return `# yaml-language-server: $schema=${SCHEMA_URL}\n${stringify(briefing, { lineWidth: 0 })}`;
}
