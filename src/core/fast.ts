import jsYaml from "js-yaml";
import type { Format } from "./source.js";

/**
 * A fast first parse for the common case, a clean file. `yaml` keeps every position and
 * comment, and costs about eight times what js-yaml does; positions are only needed
 * when there is a problem to point at. So clean files are parsed with js-yaml (YAML 1.2
 * core schema, the same data `yaml` gives) or JSON.parse, and any file the fast parser
 * refuses, or that turns out to have a problem, is parsed again with `yaml`, which stays
 * the authority for everything it reports. A differential test proves the two agree.
 *
 * Returns undefined whenever the fast path cannot vouch for the result.
 */
export function fastParse(text: string, format: Format): { data: unknown } | undefined {
  return format === "json" ? fastJson(text) : fastYaml(text);
}

// Aliases (the fast parser has no expansion limit), tags, merge keys, prototype keys and
// several documents all go the careful way.
const UNSAFE_YAML = /(^|[\s[{,:-])[*&!]\S|<<|^(---|\.\.\.)\s*\S/m;

function fastYaml(text: string): { data: unknown } | undefined {
  // js-yaml reads 0b101 as a binary number where YAML 1.2 reads text.
  // The cheap scan first: most briefings hold none of these characters at all.
  // A lone carriage return ends a line for js-yaml but not for yaml (callers normalise
  // such files first): careful path otherwise.
  if (text.includes("\t") || text.includes("__proto__") || /\r(?!\n)/.test(text)) return undefined;
  if (text.includes("0b") && /\b0b[01]/.test(text)) return undefined;
  if (/[*&!<]|^(---|\.\.\.)/m.test(text) && UNSAFE_YAML.test(text)) return undefined;
  try {
    // json: false makes duplicate keys an error, which sends the file to the careful path.
    const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, json: false });
    return data === undefined || data === null ? undefined : { data };
  } catch {
    return undefined;
  }
}

// Every string literal, noting which ones are keys (followed by a colon).
const JSON_STRINGS = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/** Keys in parsed data, counted without recursion (hostile input may nest very deep). */
function countKeys(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (!Array.isArray(node)) n += Object.keys(node).length;
    for (const child of Object.values(node)) stack.push(child);
  }
  return n;
}

function fastJson(text: string): { data: unknown } | undefined {
  if (text.includes("__proto__")) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  // JSON.parse silently keeps the last of two equal keys; a duplicate is a syntax
  // problem here, so the keys in the text must all be in the data.
  let keys = 0;
  for (const m of text.matchAll(JSON_STRINGS)) if (m[1]) keys++;
  return keys === countKeys(data) ? { data } : undefined;
}
