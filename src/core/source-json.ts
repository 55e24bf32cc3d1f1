// JSON briefings: strict parsing with located errors, and duplicate keys, which
// JSON.parse would silently drop.
import {
  parseTree,
  findNodeAtLocation,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from "jsonc-parser";
import { LineIndex, spanOf, type Span } from "./position.js";
import { emptyProblem, syntaxProblem, type ParsedSource, type Target } from "./source-types.js";
import type { DocPath, Problem } from "./types.js";

const jsonMessages: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a property name in double quotes (is there a trailing comma?)",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the array',
  EndOfFileExpected: "unexpected content after the end of the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "unterminated comment",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid unicode escape",
  InvalidEscapeCharacter: "invalid escape character in string",
  InvalidCharacter: "invalid character in string (control characters must be escaped)",
};

export function parseJson(text: string, file: string): ParsedSource {
  const index = new LineIndex(text);
  const at = (start: number, end: number): Span => spanOf((o) => index.position(o), start, end);
  const problems: Problem[] = [];
  if (text.trim() === "") {
    problems.push(emptyProblem(file));
    return { format: "json", data: undefined, problems, locate: () => at(0, 0) };
  }
  const errors: ParseError[] = [];
  let tree: JsonNode | undefined;
  try {
    tree = parseTree(text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
  } catch {
    // The JSON parser recurses: input nested thousands deep exhausts its stack.
    problems.push(syntaxProblem(file, "the file nests too deeply to read", at(0, 0)));
    return { format: "json", data: undefined, problems, locate: () => at(0, 0) };
  }
  // The first error is the real one; later ones are usually the parser recovering.
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    problems.push(
      syntaxProblem(
        file,
        `invalid JSON: ${jsonMessages[code] ?? code}`,
        at(first.offset, first.offset + first.length),
      ),
    );
  }
  if (tree)
    findDuplicateKeys(tree, (node) => {
      problems.push(
        syntaxProblem(
          file,
          `duplicate key "${String(node.value)}": each key may appear only once in an object`,
          at(node.offset, node.offset + node.length),
        ),
      );
    });
  let data: unknown;
  if (problems.length === 0) data = JSON.parse(text) as unknown;

  const locate = (path: DocPath, target: Target = "value"): Span => {
    if (!tree) return at(0, 0);
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (!node) continue;
      const keyNode = node.parent?.type === "property" ? node.parent.children?.[0] : undefined;
      const chosen = target === "key" && n === path.length && keyNode ? keyNode : node;
      return at(chosen.offset, chosen.offset + chosen.length);
    }
    return at(0, 0);
  };
  return { format: "json", data, problems, locate };
}

function findDuplicateKeys(root: JsonNode, report: (key: JsonNode) => void): void {
  // A work list, not recursion: hostile input may nest thousands of levels deep.
  const stack: JsonNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as JsonNode;
    if (node.type === "object") {
      const seen = new Set<unknown>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (!key) continue;
        if (seen.has(key.value)) report(key);
        seen.add(key.value);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
}
