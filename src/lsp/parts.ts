// The parts of a briefing where they stand in the document, for the outline (document
// symbols) and for hover ("headline 86/120 characters"). Positions come from the same
// readers `validate` uses: core/source-quick.ts for YAML and JSON, the importer and its
// locator for Markdown and text (lsp/prose.ts).
import { splitLines } from "../core/position.js";
import type { DocumentSymbol, Range } from "vscode-languageserver";
import { SymbolKind } from "vscode-languageserver";
import { readSource } from "../core/source-read.js";
import type { Format, ParsedSource } from "../core/source-types.js";
import { sectionLabel, type Template } from "../core/template.js";
import type { DocPath } from "../core/types.js";
import { countChars, countWords } from "../core/words.js";
import { problemRange } from "./convert.js";
import { isRecord } from "../core/types.js";

/** One part of the briefing and where it is. */
export interface Part {
  /** Path of the part in the briefing. */
  path: DocPath;
  /** What the reader calls it ("headline", "Details bullet 2"). */
  name: string;
  /** Its text, for parts that are text. */
  text?: string;
  /** Where it stands, key included. */
  range: Range;
  /** Sub-parts (a section's lead and bullets). */
  children: Part[];
  /** The id of the section the part belongs to. */
  section?: string;
}

/** Reads a YAML or JSON document for its parts; `undefined` when it is not a mapping. */
export function readParts(text: string, format: Format, template?: Template): Part[] | undefined {
  return partsOf(readSource(text, "", format), text, template);
}

/** The parts of a read briefing, located in its text; `undefined` when it is not a mapping. */
export function partsOf(
  source: Pick<ParsedSource, "data" | "locate">,
  text: string,
  template?: Template,
): Part[] | undefined {
  const data = source.data;
  if (!isRecord(data)) return undefined;
  const lines = splitLines(text);
  const part = (
    path: DocPath,
    name: string,
    value: unknown,
    children: Part[] = [],
    section?: string,
  ): Part => ({
    path,
    name,
    ...(typeof value === "string" ? { text: value } : {}),
    range: spanOf(source, path, lines),
    children,
    ...(section !== undefined ? { section } : {}),
  });
  const parts: Part[] = [];
  for (const key of ["headline", "summary"] as const)
    if (key in data) parts.push(part([key], key, data[key]));
  if (Array.isArray(data.sections)) {
    const sections: Part[] = data.sections.map((raw: unknown, i) => {
      const section = isRecord(raw) ? raw : {};
      const id = typeof section.id === "string" ? section.id : `sections[${i}]`;
      const label = sectionLabel(template, {
        id,
        ...(typeof section.label === "string" ? { label: section.label } : {}),
      });
      const children: Part[] = [];
      if ("lead" in section)
        children.push(part(["sections", i, "lead"], `${label} lead`, section.lead, [], id));
      if (Array.isArray(section.bullets))
        section.bullets.forEach((b: unknown, j) =>
          children.push(part(["sections", i, "bullets", j], `${label} bullet ${j + 1}`, b, [], id)),
        );
      return part(["sections", i], label, undefined, children, id);
    });
    parts.push(part(["sections"], "sections", undefined, sections));
  }
  if ("conclusion" in data) parts.push(part(["conclusion"], "conclusion", data.conclusion));
  if ("meta" in data) parts.push(part(["meta"], "meta", undefined));
  return parts;
}

function spanOf(
  source: Pick<ParsedSource, "locate">,
  path: DocPath,
  lines: readonly string[],
): Range {
  const key = source.locate(path, "key");
  const value = source.locate(path, "value");
  const range = problemRange(
    { rule: "", severity: "warning", message: "", path: "", ...value },
    lines,
  );
  const start = { line: (key.line ?? 1) - 1, character: (key.column ?? 1) - 1 };
  // A list item has no key: its value's start is where it begins.
  return before(start, range.start) ? { start, end: range.end } : range;
}

function before(a: Range["start"], b: Range["start"]): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether a position lies within a range, its ends included. */
export function within(range: Range, at: Range["start"]): boolean {
  return !before(at, range.start) && !before(range.end, at);
}

/** The innermost part at a position. */
export function partAt(parts: readonly Part[], at: Range["start"]): Part | undefined {
  for (const p of parts) {
    if (!within(p.range, at)) continue;
    return partAt(p.children, at) ?? p;
  }
  return undefined;
}

const kinds: Record<string, SymbolKind> = {
  headline: SymbolKind.String,
  summary: SymbolKind.String,
  conclusion: SymbolKind.String,
  sections: SymbolKind.Array,
  meta: SymbolKind.Object,
};

/** The outline: headline, summary, sections (with leads and bullets), conclusion, meta. */
export function symbolsOf(parts: readonly Part[]): DocumentSymbol[] {
  return parts.map((p) => {
    const kind = kinds[p.name] ?? (p.path.length === 2 ? SymbolKind.Namespace : SymbolKind.String);
    const detail = p.text === undefined ? undefined : shorten(p.text);
    return {
      name: p.name,
      kind,
      range: p.range,
      selectionRange: p.range,
      ...(detail ? { detail } : {}),
      ...(p.children.length ? { children: symbolsOf(p.children) } : {}),
    };
  });
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** A rule option overriding a template limit, as the length rules read it. */
export type LimitOf = (
  rule: string,
  option: string,
  fallback: number | undefined,
) => number | undefined;

/** A part's size against its limits: "headline 86/120 characters, 14 words". */
export function sizeOf(part: Part, template: Template, limit: LimitOf): string | undefined {
  const [key, i] = part.path;
  const spec = template.sections.find((s) => s.id === part.section);
  if (key === "sections" && part.path.length === 2) {
    const bullets = part.children.filter((c) => c.path[2] === "bullets").length;
    const { min, max } = spec?.bullets ?? {};
    const range = min !== undefined && max !== undefined ? ` (${min} to ${max} allowed)` : "";
    return `${part.name}: ${bullets} bullets${range}`;
  }
  const text = part.text;
  if (text === undefined) return undefined;
  const words = countWords(text);
  const of = (n: number, max: number | undefined, unit: string): string =>
    max === undefined ? `${n} ${unit}` : `${n}/${max} ${unit}`;
  if (key === "headline") {
    const chars = of(
      countChars(text),
      limit("headline-length", "max", template.headline?.maxChars),
      "characters",
    );
    const maxWords = limit("headline-length", "maxWords", template.headline?.maxWords);
    return `${part.name} ${chars}, ${of(words, maxWords, "words")}`;
  }
  if (key === "summary")
    return `${part.name} ${of(words, limit("summary-length", "max", template.summary?.maxWords), "words")}`;
  if (key === "conclusion")
    return `${part.name} ${of(words, limit("conclusion-length", "max", template.conclusion?.maxWords), "words")}`;
  if (key !== "sections" || typeof i !== "number") return undefined;
  if (part.path[2] === "lead")
    return `${part.name} ${of(words, limit("lead-length", "max", spec?.lead?.maxWords), "words")}`;
  return `${part.name} ${of(words, limit("bullet-length", "max", spec?.bullets?.maxWords), "words")}`;
}
