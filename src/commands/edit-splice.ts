// Lists whose length changed (a bullet added or removed, a tag dropped) are written back by
// replacing only that list's bytes, in the list's own style: a block list stays a block
// list at its column, a flow list keeps its brackets and spacing, and every item that did
// not change keeps its exact text. Everything outside the list is left byte for byte.
import { isMap, isSeq, stringify, type Document, type Node, type YAMLSeq } from "yaml";
import { isRecord } from "../core/types.js";

/** A replacement of `text[start, end)`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * Whether two values read from YAML are the same data: key order does not count, and
 * neither does where an object was made (a briefing may come from another realm).
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameData(x, b[i]))
    );
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameData(a[k], b[k]))
    );
  }
  return Object.is(a, b);
}

/**
 * The splices that turn the lists of `before` into those of `after`, or undefined when a
 * change is not a list's length (a key added or removed): the caller then rewrites through
 * the document.
 */
export function listSplices(
  doc: Document,
  text: string,
  before: unknown,
  after: unknown,
  path: (string | number)[] = [],
): Splice[] | undefined {
  if (Array.isArray(after) && Array.isArray(before)) {
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isSeq(node)) return undefined;
    if (before.length !== after.length) {
      return spliceSeq(text, node, before, after);
    }
    return collect(after.map((item, i) => listSplices(doc, text, before[i], item, [...path, i])));
  }
  if (isRecord(after) && isRecord(before)) {
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    if (!isMap(node)) return undefined;
    const keys = Object.keys(after);
    const old = Object.keys(before);
    if (keys.length !== old.length || !keys.every((k) => k in before)) return undefined;
    return collect(keys.map((k) => listSplices(doc, text, before[k], after[k], [...path, k])));
  }
  if (Array.isArray(after) !== Array.isArray(before) || isRecord(after) !== isRecord(before))
    return undefined;
  return [];
}

function collect(parts: (Splice[] | undefined)[]): Splice[] | undefined {
  if (parts.some((p) => p === undefined)) return undefined;
  return parts.flatMap((p) => p ?? []);
}

/** A new list item as YAML text, continuation lines indented to `indent`. */
function renderItem(value: unknown, indent: string, flow: boolean): string {
  if (flow) {
    if (typeof value !== "string") return JSON.stringify(value);
    const plain = stringify(value, { lineWidth: 0 }).trimEnd();
    return plain.includes("\n") || /[,[\]{}#]/.test(plain) ? JSON.stringify(value) : plain;
  }
  return stringify(value, { lineWidth: 0 }).trimEnd().split("\n").join(`\n${indent}`);
}

function spliceSeq(
  text: string,
  node: YAMLSeq,
  before: readonly unknown[],
  after: readonly unknown[],
): Splice[] | undefined {
  const [start, end] = node.range ?? [];
  if (start === undefined || end === undefined) return undefined;
  const items = node.items as Node[];
  if (items.some((item) => !item?.range)) return undefined;
  const column = start - (text.lastIndexOf("\n", start - 1) + 1);
  const flow = node.flow === true;
  // Unchanged items are found in order and keep their own text.
  const kept: (number | undefined)[] = [];
  let next = 0;
  for (const value of after) {
    let found: number | undefined;
    for (let k = next; k < before.length; k++) {
      if (sameData(before[k], value)) {
        found = k;
        next = k + 1;
        break;
      }
    }
    kept.push(found);
  }
  const source = (k: number): string => {
    const [s, e] = (items[k] as Node).range as [number, number, number];
    return text.slice(s, e);
  };
  if (flow) {
    const parts = after.map((v, i) => {
      const k = kept[i];
      return k === undefined ? renderItem(v, "", true) : source(k);
    });
    const inner = text.slice(start + 1, end - 1);
    const pad = /^\s/.test(inner) ? " " : "";
    const body = parts.length ? `${pad}${parts.join(", ")}${pad}` : "";
    return [{ start, end, text: `[${body}]` }];
  }
  if (after.length === 0) return [{ start, end: blockEnd(text, end), text: "[]" }];
  return blockSplices(text, items, column, after, kept);
}

/**
 * A block list's items removed and added line by line: a removed item's lines go, a new
 * item's lines come after the item before it, and comments between items stay put.
 */
function blockSplices(
  text: string,
  items: readonly Node[],
  column: number,
  after: readonly unknown[],
  kept: readonly (number | undefined)[],
): Splice[] {
  const indent = " ".repeat(column);
  const lineStart = (k: number): number => {
    const s = (items[k] as Node).range?.[0] ?? 0;
    return text.lastIndexOf("\n", s - 1) + 1;
  };
  const lineEnd = (k: number): number => {
    const [s, e] = (items[k] as Node).range as [number, number, number];
    const nl = text.indexOf("\n", Math.max(s, blockEnd(text, e)));
    return nl < 0 ? text.length : nl + 1;
  };
  const splices: Splice[] = [];
  const used = new Set(kept.filter((k): k is number => k !== undefined));
  for (const k of items.keys()) {
    if (!used.has(k)) splices.push({ start: lineStart(k), end: lineEnd(k), text: "" });
  }
  // New items go after the kept item before them, or before the first item.
  let previous: number | undefined;
  let pending: string[] = [];
  const flush = (at: number): void => {
    if (pending.length) splices.push({ start: at, end: at, text: pending.join("") });
    pending = [];
  };
  for (const [i, value] of after.entries()) {
    const k = kept[i];
    if (k === undefined) {
      pending.push(`${indent}- ${renderItem(value, " ".repeat(column + 2), false)}\n`);
      continue;
    }
    flush(previous === undefined ? lineStart(0) : lineEnd(previous));
    previous = k;
  }
  flush(previous === undefined ? lineStart(0) : lineEnd(previous));
  return splices;
}

/** Where a block list's last item ends: before the line break and white space after it. */
function blockEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] ?? "")) e--;
  return e;
}
