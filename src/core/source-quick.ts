// The quick readers behind `readSource` (core/source-read.ts): most briefing files are
// read by a subset reader that keeps positions (YAML) or by the engine's own JSON.parse,
// and only files outside the subset, or with a syntax problem, go to the full parsers,
// which are the authority for every syntax message. Nothing here loads the `yaml`
// package, so a run whose files all pass the quick readers never loads it.
import { LineIndex, spanOf, type Span } from "./position.js";
import { parseJson } from "./source-json.js";
import {
  defaultParseLimits,
  depthOf,
  type Format,
  type ParsedSource,
  type Target,
} from "./source-types.js";
import type { DocPath } from "./types.js";
import { quickYaml, type QuickNode } from "./yaml-quick.js";

/**
 * Reads briefing text with a quick reader, or `undefined` when the text needs the full
 * parser (core/source-read.ts): text outside the subset, or with a syntax problem.
 */
export function quickSource(text: string, file: string, format: Format): ParsedSource | undefined {
  return format === "yaml" ? quickYamlSource(text) : quickJsonSource(text, file);
}

/** A YAML file read by the subset reader, or `undefined` when `yaml` must read it. */
export function quickYamlSource(text: string): ParsedSource | undefined {
  const read = quickYaml(text);
  if (!read) return undefined;
  let index: LineIndex | undefined;
  const at = (start: number, end: number): Span => {
    index ??= new LineIndex(text);
    const lines = index;
    return spanOf((o) => lines.position(o), start, end);
  };
  const locate = (path: DocPath, target: Target = "value"): Span => {
    const [start, end] = locateQuick(read.root, path, target);
    return at(start, end);
  };
  return { format: "yaml", data: read.data, problems: [], locate };
}

/** Offsets of the node at `path`, or of its nearest ancestor that exists. */
function locateQuick(root: QuickNode, path: DocPath, target: Target): [number, number] {
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number;
    if (node.entries) {
      const entry = node.entries.get(String(seg));
      if (!entry) break;
      if (i === path.length - 1 && target === "key") return entry.key;
      node = entry.value;
    } else if (node.items && typeof seg === "number") {
      const item = node.items[seg];
      if (!item) break;
      node = item;
    } else break;
  }
  return [node.start, node.end];
}

/**
 * A JSON file read by JSON.parse, with positions found only if a problem needs one;
 * `undefined` when the file has a syntax problem or a duplicate key (JSON.parse keeps
 * the last of two equal keys silently), which the full parser then reports.
 */
export function quickJsonSource(text: string, file: string): ParsedSource | undefined {
  if (text.includes("__proto__")) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object") return undefined;
  let keys = 0;
  for (const m of text.matchAll(JSON_STRINGS)) if (m[1]) keys++;
  if (keys !== countKeys(data)) return undefined;
  // Deep input keeps the full parser's own refusal, as it always had.
  if (depthOf(data, defaultParseLimits.maxDepth ?? 64) > (defaultParseLimits.maxDepth ?? 64))
    return undefined;
  let full: ParsedSource | undefined;
  const locate = (path: DocPath, target?: Target): Span => {
    full ??= parseJson(text, file);
    return full.locate(path, target);
  };
  return { format: "json", data, problems: [], locate };
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
