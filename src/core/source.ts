import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  parseAllDocuments,
  visit,
  type Document,
  type Node as YamlNode,
} from "yaml";
import { spanOf, type Span } from "./position.js";
import { parseJson } from "./source-json.js";
import {
  defaultParseLimits,
  emptyProblem,
  syntaxProblem,
  type Format,
  type ParsedSource,
  type ParseLimits,
  type Target,
} from "./source-types.js";
import type { DocPath, Problem } from "./types.js";

export * from "./source-types.js";

/** Parses briefing text as YAML or JSON, keeping enough to locate any value later. */
export function parseSource(
  text: string,
  file: string,
  format: Format,
  limits: ParseLimits = defaultParseLimits,
): ParsedSource {
  return format === "json" ? parseJson(text, file) : parseYaml(text, file, limits);
}

function parseYaml(text: string, file: string, limits: ParseLimits): ParsedSource {
  const lineCounter = new LineCounter();
  const position = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
      // Problems come back as values; yaml must not also print warnings to the terminal.
      logLevel: "silent",
    });
  } catch (error) {
    // Deeply nested input can exhaust the parser's stack: a located refusal, not a crash.
    const message =
      error instanceof RangeError
        ? "the file nests too deeply to read"
        : `could not read the YAML: ${error instanceof Error ? error.message : String(error)}`;
    return {
      format: "yaml",
      data: undefined,
      problems: [syntaxProblem(file, message, { line: 1, column: 1, endLine: 1, endColumn: 1 })],
      locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }),
    };
  }
  const list = Array.isArray(docs) ? docs : [];
  const problems: Problem[] = [];
  const doc = list[0];
  const at = (start: number, end: number): Span => spanOf(position, start, end);

  if (!doc || (doc.contents === null && list.length === 1 && doc.errors.length === 0)) {
    problems.push(emptyProblem(file));
    return { format: "yaml", data: undefined, problems, locate: () => at(0, 0) };
  }

  for (const d of list) {
    // After the first real syntax error the parser's recovery reports cascades of
    // follow-on errors; only that first one, and every duplicate key, mean something.
    const first = d.errors.find((e) => e.code !== "DUPLICATE_KEY");
    for (const err of d.errors) {
      if (err !== first && err.code !== "DUPLICATE_KEY") continue;
      const flow = /flow (sequence|map)/i.exec(err.message)?.[1]?.toLowerCase();
      const [start, end] =
        err.code === "MISSING_CHAR" && /quote/i.test(err.message)
          ? (unclosedQuote(text) ?? err.pos)
          : flow
            ? (unclosedFlow(text, err.pos[0], flow === "map" ? "{" : "[") ?? err.pos)
            : err.pos;
      problems.push(syntaxProblem(file, yamlMessage(err.code, err.message), at(start, end)));
    }
  }
  const extra = list[1];
  if (extra) {
    const start = extra.range?.[0] ?? 0;
    problems.push(
      syntaxProblem(
        file,
        `file holds ${list.length} YAML documents; a briefing file holds exactly one (remove the "---" separator)`,
        at(start, start),
      ),
    );
  }

  visit(doc, {
    Alias(_key, node) {
      if (!node.resolve(doc)) {
        const [s, e] = node.range ?? [0, 0];
        problems.push(
          syntaxProblem(
            file,
            `alias *${node.source} refers to an anchor that is not defined before it`,
            at(s, e),
          ),
        );
      }
    },
  });

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (err) {
      const message =
        err instanceof RangeError
          ? "the file nests too deeply to read"
          : err instanceof Error && /alias/i.test(err.message)
            ? `aliases expand to too much data (more than ${limits.maxAliasCount} expansions); refusing to load`
            : `could not read the YAML: ${err instanceof Error ? err.message : String(err)}`;
      problems.push(syntaxProblem(file, message, at(0, 0)));
    }
  }

  const locate = (path: DocPath, target: Target = "value"): Span => {
    const range = locateYaml(text, doc, path, target);
    return range ? at(range[0], range[1]) : at(0, 0);
  };
  return { format: "yaml", data, problems, locate };
}

const yamlMessages: Record<string, string> = {
  DUPLICATE_KEY: "duplicate key: each key may appear only once in a mapping",
  TAB_AS_INDENT: "tabs are not allowed as indentation in YAML; indent with spaces",
  MULTILINE_IMPLICIT_KEY:
    "a key must be on a single line (is a colon or indentation missing above?)",
  BLOCK_AS_IMPLICIT_KEY:
    "a value continues on an indented line where a new key was expected (check the indentation)",
  BAD_INDENT: "bad indentation: this line does not line up with the lines around it",
};

/** yaml's own wording where it is clear enough, rewritten where it is not. */
function yamlMessage(code: string, message: string): string {
  if (/call stack/i.test(message)) return "the file nests too deeply to read";
  if (/quote/i.test(message) && code === "MISSING_CHAR")
    return "a quoted string is never closed (missing closing quote)";
  if (/without - indicator/.test(message))
    return "bad indentation: this line does not line up with the lines around it";
  if (/flow (sequence|map)/i.test(message)) {
    return `a ${/sequence/i.test(message) ? "[" : "{"} list is not closed, or its continuation lines are not indented`;
  }
  const text = yamlMessages[code] ?? message.replace(/\s+/g, " ").trim();
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Where an unterminated quoted string opens. yaml reports the error at the end of the
 * file, where the runaway string ends; the analyst needs the line where it starts.
 */
function unclosedQuote(text: string): [number, number] | undefined {
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // The lexer interleaves one-character control tokens that are not part of the source.
    // eslint-disable-next-line no-control-regex
    if (token.length === 1 && /[\x00-\x08\x0e-\x1f]/.test(token)) continue;
    const quote = token[0];
    if ((quote === '"' || quote === "'") && (token.length === 1 || !token.endsWith(quote)))
      return [offset, offset + 1];
    offset += token.length;
  }
  return undefined;
}

/**
 * Where a flow collection that is never closed opens: the innermost `{` or `[` (as asked)
 * still open before `before`. yaml reports such an error where the next line starts;
 * the analyst needs the bracket. Quoted strings and comments come from the lexer whole,
 * so brackets inside them do not count.
 */
function unclosedFlow(text: string, before: number, open: "{" | "["): [number, number] | undefined {
  const stack: { char: string; at: number }[] = [];
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    // eslint-disable-next-line no-control-regex
    if (token.length === 1 && /[\x00-\x08\x0e-\x1f]/.test(token)) continue;
    if (offset >= before) break;
    if (token === "{" || token === "[") stack.push({ char: token, at: offset });
    else if ((token === "}" || token === "]") && stack.at(-1)?.char === (token === "}" ? "{" : "["))
      stack.pop();
    offset += token.length;
  }
  const opener = stack.findLast((o) => o.char === open);
  return opener ? [opener.at, opener.at + 1] : undefined;
}

/**
 * Where a node's own text ends. yaml's ranges run on over the line break, blank lines
 * and comments after a block; a block collection ends where its last item's text ends,
 * as the quick reader counts it.
 */
function endOfContent(text: string, node: unknown): number | undefined {
  let current = node;
  for (;;) {
    if ((isMap(current) || isSeq(current)) && !current.flow && current.items.length > 0) {
      const last: unknown = current.items[current.items.length - 1];
      current = isPair(last) ? (last.value ?? last.key) : last;
      continue;
    }
    const range = (current as YamlNode | null)?.range;
    if (!range) return undefined;
    let e = range[1];
    while (e > range[0] && /\s/.test(text[e - 1] ?? "")) e--;
    return e;
  }
}

function keyOf(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

/** Offsets of the node at `path`, walking up to the nearest ancestor that exists. */
function locateYaml(
  text: string,
  doc: Document,
  path: DocPath,
  target: Target,
): [number, number] | undefined {
  let node: unknown = doc.contents;
  let best: [number, number] | undefined = rangeOf(node, text);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(keyOf(p.key)) === String(seg));
      if (!pair) return best;
      if (last && target === "key") return rangeOf(pair.key, text) ?? best;
      node = pair.value;
      best = rangeOf(pair.value, text) ?? rangeOf(pair.key, text) ?? best;
    } else if (isSeq(node) && typeof seg === "number") {
      const item: unknown = node.items[seg];
      if (item === undefined) return best;
      node = item;
      best = rangeOf(item, text) ?? best;
    } else {
      return best;
    }
  }
  return best;
}

function rangeOf(node: unknown, text: string): [number, number] | undefined {
  const range = (node as YamlNode | null)?.range;
  return range ? [range[0], endOfContent(text, node) ?? range[1]] : undefined;
}
