// Completion in a JSON briefing: the same section ids, labels, `meta` keys and values and
// yardstick terms as in YAML, placed by where the cursor stands in the JSON (jsonc-parser
// reads a document that is still being typed).
import { getLocation } from "jsonc-parser";
import type { CompletionItem, Position } from "vscode-languageserver";
import { CompletionItemKind } from "vscode-languageserver";
import { item, yardstickTerms, type CompletionContext } from "./complete.js";

/** The parts whose text is prose, where estimative terms are offered. */
function isProse(path: readonly (string | number)[]): boolean {
  const [top, n, field, m] = path;
  if (path.length === 1) return top === "headline" || top === "summary" || top === "conclusion";
  if (top !== "sections" || typeof n !== "number") return false;
  return (path.length === 3 && field === "lead") || (field === "bullets" && typeof m === "number");
}

/** Completion items at an offset of a JSON briefing; `positionAt` turns offsets into positions. */
export function completeJson(
  text: string,
  offset: number,
  ctx: CompletionContext,
  positionAt: (offset: number) => Position,
): CompletionItem[] {
  const at = getLocation(text, offset);
  const path = at.path;
  const typed = at.previousNode;
  // Inside a string being typed the item replaces what is typed so far; after a colon it
  // brings its own quotes.
  const inString = typed !== undefined && (typed.type === "string" || typed.type === "property");
  const place = (items: CompletionItem[], suffix = ""): CompletionItem[] =>
    items.map((i) => {
      if (!inString) return { ...i, insertText: `${JSON.stringify(i.label)}${suffix}` };
      const range = { start: positionAt(typed.offset + 1), end: positionAt(offset) };
      return { ...i, textEdit: { range, newText: i.label } };
    });

  const sections = ctx.template?.sections ?? [];
  const [top, n, field] = path;
  if (!at.isAtPropertyKey && top === "sections" && typeof n === "number" && path.length === 3) {
    if (field === "id")
      return place(sections.map((s, i) => item(s.id, CompletionItemKind.EnumMember, s.label, i)));
    if (field === "label")
      return place(sections.map((s, i) => item(s.label, CompletionItemKind.Text, s.id, i)));
  }
  if (top === "meta" && path.length === 2) {
    if (at.isAtPropertyKey)
      return place(
        ctx.metaKeys.map((k, i) => item(k.name, CompletionItemKind.Property, k.description, i)),
        inString ? "" : ": ",
      );
    const key = ctx.metaKeys.find((k) => k.name === n);
    return place(
      (key?.values ?? []).map((v, i) => item(v, CompletionItemKind.EnumMember, key?.name, i)),
    );
  }
  if (!at.isAtPropertyKey && inString && isProse(path)) return yardstickTerms(ctx);
  return [];
}
