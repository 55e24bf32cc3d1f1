// Quick fixes for diagnostics, as text edits: the fixes `validate --fix` applies (made by
// the same code, core/fix.ts), "did you mean" renames of unknown keys and section ids,
// and a comment that disables the rule for the next line.
import { splitLines } from "../core/position.js";
import type { CodeAction, Diagnostic, Range, TextEdit } from "vscode-languageserver";
import { CodeActionKind } from "vscode-languageserver";
import { applyFixes } from "../core/fix.js";
import { distance } from "../core/schema.js";
import type { Format } from "../core/source-types.js";
import { SOURCE } from "./convert.js";

/** What a diagnostic built by `toDiagnostic` keeps of its problem. */
interface ProblemData {
  pointer?: string;
  fix?: string;
}

/** Layers a disable comment cannot reach: the file could not be read as a briefing at all. */
const UNSILENCEABLE = new Set(["io", "encoding", "limits", "unused-disable-directive"]);

/** The quick fixes for the diagnostics of one document. */
export function codeActions(
  uri: string,
  text: string,
  format: Format,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const actions: CodeAction[] = [];
  const edit = (title: string, d: Diagnostic, edits: TextEdit[], preferred = false): void => {
    actions.push({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      ...(preferred ? { isPreferred: true } : {}),
      edit: { changes: { [uri]: edits } },
    });
  };
  for (const d of diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== "string") continue;
    const data = (d.data ?? {}) as ProblemData;
    if (data.pointer !== undefined && data.fix !== undefined) {
      const fixed = applyFixes(text, format, [{ pointer: data.pointer, value: data.fix }]);
      if (fixed !== text) edit(`Fix: ${titleOf(d)}`, d, [minimalEdit(text, fixed)], true);
    }
    const rename = suggestedName(d, text);
    if (rename) edit(`Change to "${rename}"`, d, [{ range: d.range, newText: rename }], true);
    if (format === "yaml" && !UNSILENCEABLE.has(d.code) && !wholeFile(d, data)) {
      edit(`Disable ${d.code} for this line`, d, [disableComment(text, d.range, d.code)]);
    }
  }
  return actions;
}

/** One edit turning `before` into `after`: the span between their common start and end. */
export function minimalEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return {
    range: { start: positionAt(before, start), end: positionAt(before, before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

/** The LSP position of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/**
 * The name a "did you mean" finding proposes: the schema's suggestion for an unknown key,
 * or the template's section id nearest to an unknown one (its message lists them).
 */
function suggestedName(d: Diagnostic, text: string): string | undefined {
  const message = titleOf(d);
  const said = /\(did you mean "([^"]+)"\?\)/.exec(message)?.[1];
  if (said) return said;
  if (d.code !== "template-sections" || !message.includes("is not part of")) return undefined;
  const written = textIn(text, d.range).replace(/^["']|["']$/g, "");
  const ids = [...message.matchAll(/\(([^()\s]+)\)/g)].map((m) => m[1] as string);
  const best = ids
    .map((id) => ({ id, d: distance(written.toLowerCase(), id.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  // The same bar as the schema's suggestions: plausibly a typo, not just any other id.
  return best && best.d <= Math.max(1, Math.floor(written.length / 3)) ? best.id : undefined;
}

/** The text a single-line range covers. */
function textIn(text: string, range: Range): string {
  if (range.start.line !== range.end.line) return "";
  const line = splitLines(text)[range.start.line] ?? "";
  return line.slice(range.start.character, range.end.character);
}

/** Whether a finding is about the whole briefing, which a line comment cannot silence. */
function wholeFile(d: Diagnostic, data: ProblemData): boolean {
  return d.range.start.line === 0 && (data.pointer === undefined || data.pointer === "");
}

/** A `# briefing-disable-next-line` comment above the diagnostic's line, at its indent. */
function disableComment(text: string, range: Range, rule: string): TextEdit {
  const line = splitLines(text)[range.start.line] ?? "";
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const at = { line: range.start.line, character: 0 };
  return {
    range: { start: at, end: at },
    newText: `${indent}# briefing-disable-next-line ${rule}${eol}`,
  };
}

function titleOf(d: Diagnostic): string {
  return typeof d.message === "string" ? d.message : d.message.value;
}
