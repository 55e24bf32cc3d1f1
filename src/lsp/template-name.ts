// The template a document names, for hover and completion. The document is read with the
// reader `validate` uses; while it is being typed it may not parse, and then its own
// `template` line (YAML) or member (JSON) still names the template.
import { parse as parseJsonc } from "jsonc-parser";
import { readSource } from "../core/source-read.js";
import type { Format } from "../core/source-types.js";
import { isRecord } from "../core/types.js";

const YAML_LINE = /^template:[ \t]*(["']?)([^"'\s#]+)\1[ \t]*(?:#.*)?$/m;

/** The `template` a YAML or JSON document names, if it names one. */
export function templateNameIn(text: string, format: Format): string | undefined {
  // jsonc-parser reads past an error (a missing comma, a half-typed value) to the end.
  if (format === "json") return stringAt(parseJsonc(text));
  let data: unknown;
  try {
    data = readSource(text, "", format).data;
  } catch {
    data = undefined;
  }
  return isRecord(data) ? stringAt(data) : YAML_LINE.exec(text)?.[2];
}

function stringAt(data: unknown): string | undefined {
  const named = isRecord(data) ? data.template : undefined;
  return typeof named === "string" ? named : undefined;
}
