// The types every source reader shares, and the two syntax problems they all report.
import type { Span } from "./position.js";
import type { DocPath, Problem } from "./types.js";

/** Source format of a briefing file. */
export type Format = "yaml" | "json";

/** Which part of a key/value pair a location points at. */
export type Target = "key" | "value";

/** Limits that protect against hostile input. */
export interface ParseLimits {
  /** Largest number of alias expansions a YAML document may make. */
  maxAliasCount: number;
  /** Deepest nesting of mappings and lists. */
  maxDepth?: number;
}

/** A parsed briefing file: its data, syntax problems, and a way back to source positions. */
export interface ParsedSource {
  /** The format the text was parsed as. */
  format: Format;
  /** The parsed value; `undefined` when the text could not be parsed. */
  data: unknown;
  /** Syntax problems (parse errors, duplicate keys, several documents). */
  problems: Problem[];
  /** Span of the node at `path` (or of its key), or of the nearest ancestor that exists. */
  locate(path: DocPath, target?: Target): Span;
}

/** Limits used when none are given. */
export const defaultParseLimits: ParseLimits = { maxAliasCount: 100, maxDepth: 64 };

/** A syntax problem at a span. */
export function syntaxProblem(file: string, message: string, span: Span): Problem {
  return { rule: "syntax", severity: "error", message, path: file, ...span };
}

/** The problem of a file with nothing in it. */
export function emptyProblem(file: string): Problem {
  return syntaxProblem(
    file,
    "file is empty; a briefing needs a headline, summary, sections and conclusion",
    {
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
    },
  );
}

/** Nesting depth of parsed data, counted without recursion (hostile input may be very deep). */
export function depthOf(value: unknown, stopAt: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object") continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Format by file name; for names without a known extension, by content. */
export function detectFormat(fileName: string | undefined, text: string): Format {
  const lower = (fileName ?? "").toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  const first = /\S/.exec(text)?.[0];
  return first === "{" || first === "[" ? "json" : "yaml";
}
