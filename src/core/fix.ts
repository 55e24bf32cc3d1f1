import { isScalar, parseDocument, stringify, type Scalar } from "yaml";
import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { fromPointer } from "./position.js";
import type { Format } from "./source.js";
import type { Problem } from "./types.js";

/** A replacement for the text at a JSON Pointer. */
export interface TextFix {
  pointer: string;
  value: string;
}

/** The fixes carried by problems, one per place (the first wins). */
export function fixesOf(problems: readonly Problem[]): TextFix[] {
  const seen = new Map<string, TextFix>();
  for (const p of problems) {
    if (p.fix !== undefined && p.pointer !== undefined && !seen.has(p.pointer))
      seen.set(p.pointer, { pointer: p.pointer, value: p.fix });
  }
  return [...seen.values()];
}

/** A scalar written back in the style it had. */
function renderScalar(value: string, type: Scalar.Type | undefined): string | undefined {
  if (type === "QUOTE_DOUBLE") return JSON.stringify(value);
  if (type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  if (type === "PLAIN" || type === undefined) {
    const plain = stringify(value, { lineWidth: 0 }).trimEnd();
    // A plain scalar may sit in a flow list, where commas and brackets end it.
    return plain.includes("\n") || /[,[\]{}]/.test(plain) ? JSON.stringify(value) : plain;
  }
  return undefined;
}

/**
 * Applies fixes to YAML or JSON text. Each fixed value is replaced where it stands, in
 * the style it was written in, so comments, key order and the rest of the formatting
 * stay as they were; a block scalar is rewritten through the document, which still
 * keeps comments and key order.
 */
export function applyFixes(text: string, format: Format, fixes: readonly TextFix[]): string {
  if (fixes.length === 0) return text;
  const edits: { start: number; end: number; text: string }[] = [];
  if (format === "json") {
    const tree = parseTree(text);
    if (!tree) return text;
    for (const fix of fixes) {
      const node = findNodeAtLocation(tree, fromPointer(fix.pointer));
      if (node?.type === "string")
        edits.push({
          start: node.offset,
          end: node.offset + node.length,
          text: JSON.stringify(fix.value),
        });
    }
  } else {
    const doc = parseDocument(text, { logLevel: "silent" });
    let rewrite = false;
    for (const fix of fixes) {
      const node = doc.getIn(fromPointer(fix.pointer), true);
      if (!isScalar(node) || !node.range) continue;
      const rendered = renderScalar(fix.value, node.type);
      const [start, end] = node.range;
      if (rendered !== undefined && !text.slice(start, end).includes("\n"))
        edits.push({ start, end, text: rendered });
      else rewrite = true;
      node.value = fix.value;
    }
    if (rewrite) return doc.toString({ lineWidth: 0 });
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
