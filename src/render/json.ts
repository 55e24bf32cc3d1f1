import { wordsOf } from "./words.js";
import { resolveBriefing } from "./resolve.js";
import type { SyncExporter } from "./types.js";

/** Identifies the export format; the schema itself ships as `schemas/export.schema.json`. */
export const EXPORT_SCHEMA_ID = "https://briefing.dev/schemas/export.schema.json";

/**
 * The briefing with labels resolved, in a fixed key order, for APIs and search indexes. It is
 * itself a valid briefing file: labels sit in the keys that override the template's, and an
 * empty lead is left out rather than written as empty text, which `validate` would refuse.
 */
export const json: SyncExporter<string> = {
  id: "json",
  extension: ".json",
  render(briefing, options = {}) {
    const resolved = resolveBriefing(briefing, options.template, wordsOf(options));
    const document = {
      $schema: EXPORT_SCHEMA_ID,
      formatVersion: 1,
      ...resolved,
      sections: resolved.sections.map(({ id, label, lead, bullets, after }) => ({
        id,
        label,
        ...(lead === "" ? {} : { lead }),
        bullets,
        ...(after === undefined ? {} : { after }),
      })),
    };
    return `${JSON.stringify(document, null, 2)}\n`;
  },
};
