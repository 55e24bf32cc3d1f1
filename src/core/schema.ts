import { plural } from "./words.js";
import type { ErrorObject } from "ajv";
import { describePath, fromPointer, toPointer } from "./position.js";
import type { ParsedSource } from "./source.js";
import type { Problem } from "./types.js";

/** A compiled JSON Schema validator (ajv, compiled at build time or at run time). */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const typeWords: Record<string, string> = {
  string: "text",
  array: "a list",
  object: "a mapping of keys to values",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty",
};

/** Plain-words name of a JSON value's type. */
export function typeOfValue(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return `a number (${value})`;
  if (typeof value === "boolean") return `${value} (a boolean)`;
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

function quote(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return JSON.stringify(short);
}

/**
 * Edit distance counting a swap of neighbouring letters as one edit (optimal string
 * alignment), for "did you mean" suggestions: `laed` is one typo away from `lead`.
 */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

function suggestion(key: string, known: string[]): string {
  const best = known
    .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  // Short keys are one or two edits from everything; only suggest what is plausibly a typo.
  return best && best.d <= Math.max(1, Math.floor(key.length / 3))
    ? ` (did you mean "${best.k}"?)`
    : "";
}

function knownKeys(error: ErrorObject): string[] {
  const props = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return props ? Object.keys(props).filter((k) => k !== "$schema") : [];
}

function describeError(
  error: ErrorObject,
  rootName: string,
): {
  message: string;
  path: (string | number)[];
  target: "key" | "value";
} {
  const path = fromPointer(error.instancePath);
  const name = path.length ? describePath(path) : rootName;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const prop = String(p.missingProperty);
      return { message: `${name} is missing "${prop}"`, path, target: "value" };
    }
    case "additionalProperties": {
      const prop = String(p.additionalProperty);
      const where = path.length ? ` in ${name}` : "";
      return {
        message: `unexpected property "${prop}"${where}${suggestion(prop, knownKeys(error))}`,
        path: [...path, prop],
        target: "key",
      };
    }
    case "type": {
      const wanted = String(p.type)
        .split(",")
        .map((t) => typeWords[t] ?? t)
        .join(" or ");
      return {
        message: `${name} must be ${wanted}; it is ${typeOfValue(error.data)}`,
        path,
        target: "value",
      };
    }
    case "minLength":
      return p.limit === 1
        ? { message: `${name} must not be empty`, path, target: "value" }
        : {
            message: `${name} must be at least ${String(p.limit)} characters`,
            path,
            target: "value",
          };
    case "maxLength":
      return {
        message: `${name} must be at most ${String(p.limit)} characters; it has ${[...String(error.data)].length}`,
        path,
        target: "value",
      };
    case "minItems":
      return {
        message: `${name} must have at least ${plural(Number(p.limit), "item")}; it has ${Array.isArray(error.data) ? error.data.length : 0}`,
        path,
        target: "value",
      };
    case "maxItems":
      return {
        message: `${name} must have at most ${String(p.limit)} items; it has ${Array.isArray(error.data) ? error.data.length : 0}`,
        path,
        target: "value",
      };
    case "enum":
      return {
        message: `${name} must be one of ${(p.allowedValues as unknown[]).map((v) => String(v)).join(", ")}; it is ${quote(error.data)}`,
        path,
        target: "value",
      };
    case "const":
      return {
        message: `${name} must be ${quote(p.allowedValue)}; it is ${quote(error.data)}`,
        path,
        target: "value",
      };
    case "pattern":
      if (p.pattern === "\\S")
        return { message: `${name} must not be blank`, path, target: "value" };
      return /a-z0-9/.test(String(p.pattern))
        ? {
            message: `${name} must be lowercase letters, digits and dashes (like "details"); it is ${quote(error.data)}`,
            path,
            target: "value",
          }
        : {
            message: `${name} does not have the expected form; it is ${quote(error.data)}`,
            path,
            target: "value",
          };
    case "format":
      return p.format === "uri"
        ? {
            message: `${name} must be a full URL (like https://example.org/report); it is ${quote(error.data)}`,
            path,
            target: "value",
          }
        : {
            message: `${name} must be a valid ${String(p.format)}; it is ${quote(error.data)}`,
            path,
            target: "value",
          };
    case "anyOf":
      return path[path.length - 1] === "date"
        ? {
            message: `${name} must be an ISO 8601 date (2026-03-04) or date-time with offset (2026-03-04T09:30:00+01:00); it is ${quote(error.data)}`,
            path,
            target: "value",
          }
        : { message: `${name} ${error.message ?? "is not valid"}`, path, target: "value" };
    case "uniqueItems":
      return {
        message: `${name} lists the same item twice (at positions ${Math.min(Number(p.i), Number(p.j)) + 1} and ${Math.max(Number(p.i), Number(p.j)) + 1})`,
        path,
        target: "value",
      };
    default:
      return { message: `${name} ${error.message ?? "is not valid"}`, path, target: "value" };
  }
}

/** Turns ajv's errors into located problems in plain words, once for the whole tool. */
export function schemaProblems(
  errors: readonly ErrorObject[],
  source: ParsedSource,
  file: string,
  rule = "schema",
  rootName = "the briefing",
): Problem[] {
  // A wrong type explains everything else wrong at the same place; anyOf explains its branches.
  const typeErrorAt = new Set(
    errors.filter((e) => e.keyword === "type").map((e) => e.instancePath),
  );
  const anyOfAt = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const emptyAt = new Set(
    errors.filter((e) => e.keyword === "minLength").map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const error of errors) {
    if (error.keyword !== "type" && typeErrorAt.has(error.instancePath)) continue;
    if (anyOfAt.has(error.instancePath) && error.schemaPath.includes("/anyOf/")) continue;
    // "must not be empty" already says what "must not be blank" would.
    if (error.keyword === "pattern" && emptyAt.has(error.instancePath)) continue;
    const { message, path, target } = describeError(error, rootName);
    const key = `${toPointer(path)}\0${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      rule,
      severity: "error",
      message,
      path: file,
      pointer: toPointer(path),
      ...source.locate(path, target),
    });
  }
  return out;
}
