// YAML documents in the shapes hand-written and tool-written files have, and that
// `yaml.stringify` never writes: collection and empty keys, comments against tokens,
// signed and dotted numbers, every scalar style, anchors, tags, directives, CRLF, tabs
// and a byte-order mark, mixed with the plain shapes of ordinary briefings.
import fc from "fast-check";

const word = fc.constantFrom(
  "rates",
  "Container",
  "freight",
  "Suez",
  "déjà",
  "über",
  "東京",
  "a#b",
  "x:y",
  "it's",
  "50%",
  "2026-03-04",
  "v1.2",
  "e-mail",
  "(see",
  "note)",
  "Q3",
);

/** Plain text of a few words. */
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

/** Scalars that resolve to something other than text, or nearly do. */
const numberish = fc.constantFrom(
  "-.5",
  "+.5",
  ".5",
  "5.",
  "+0x1F",
  "0x1F",
  "0o17",
  "+12",
  "-0",
  "1e3",
  "1.5E-2",
  ".inf",
  "-.Inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "NULL",
  "true",
  "False",
  "yes",
  "off",
  "0b101",
  "1_000",
  "12:30",
  "+.inf",
);

const escape = fc.constantFrom(
  "\\n",
  "\\t",
  '\\"',
  "\\\\",
  "\\x41",
  "\\u00e9",
  "\\U0001F600",
  "\\_",
  "\\N",
  "\\/",
  "\\q",
  "\\ ",
);

/** Inline scalars in every flow style, some broken on purpose. */
const inlineScalar = fc.oneof(
  { weight: 5, arbitrary: words },
  { weight: 3, arbitrary: numberish },
  {
    weight: 2,
    arbitrary: fc
      .tuple(words, fc.array(escape, { maxLength: 2 }), words)
      .map(([a, e, b]) => `"${a}${e.join("")} ${b}"`),
  },
  { weight: 2, arbitrary: words.map((w) => `'${w.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: words.map((w) => `'${w}''s'`) },
  { weight: 1, arbitrary: words.map((w) => `"${w}`) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "''", '""') },
  { weight: 1, arbitrary: words.map((w) => `&a ${w}`) },
  { weight: 1, arbitrary: fc.constantFrom("*a", "*missing") },
  { weight: 1, arbitrary: words.map((w) => `!!str ${w}`) },
  { weight: 1, arbitrary: fc.constantFrom("!!int 5", "!custom x", "!!str 5") },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(
          words,
          numberish,
          words.map((w) => `"${w}"`),
        ),
        { maxLength: 4 },
      )
      .map((items) => `[${items.join(", ")}]`),
  },
  { weight: 1, arbitrary: fc.constantFrom("[a, b,]", "[a, , b]", "[ ]", "[a, [b]]", "{a: b}") },
  { weight: 1, arbitrary: fc.constantFrom("- x", "a: b", "@x", "`x", "%x", "?x", ":x", "-x") },
);

/** Text after a value on its line: nothing, a comment, or a comment touching it. */
const trailer = fc.constantFrom("", "", "", " # note", "# touching", "  #review", " ");

/** A block scalar header and its indented lines. */
const blockScalar = fc
  .tuple(
    fc.constantFrom("|", ">", "|-", ">-", "|+", ">+", "|2", ">1-"),
    fc.array(
      fc.oneof(
        words,
        fc.constant(""),
        words.map((w) => `  ${w}`),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    trailer,
  )
  .map(([header, lines, after]) => ({ header: header + after, lines }));

/** Several lines of one plain or quoted scalar. */
const multiLine = fc.tuple(
  fc.constantFrom("", '"', "'"),
  fc.array(fc.oneof(words, fc.constant("")), { minLength: 2, maxLength: 4 }),
);

/** Keys, mostly simple, some in shapes a briefing should never have. */
const key = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("headline", "summary", "lead", "id", "tags", "date") },
  { weight: 2, arbitrary: fc.constantFrom("a", "b", "c", "x_y", "k-1") },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "[headline]",
      '"headline"',
      "'summary'",
      "{a: b}",
      "",
      "~",
      "null",
      "1",
      "-.5",
      "true",
      "<<",
      "__proto__",
      "? headline\n",
      "? - headline\n",
    ),
  },
);

type Node = { kind: "scalar"; text: string } | { kind: "map" | "seq"; items: Node[] };

function nodeOf(scalar: fc.Arbitrary<string>): fc.Arbitrary<Node> {
  return fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 4, arbitrary: scalar.map((text) => ({ kind: "scalar" as const, text })) },
      {
        weight: 1,
        arbitrary: fc
          .array(tie("node"), { minLength: 1, maxLength: 3 })
          .map((items) => ({ kind: "map" as const, items })),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(tie("node"), { minLength: 1, maxLength: 3 })
          .map((items) => ({ kind: "seq" as const, items })),
      },
    ),
  })).node;
}

/** Scalars of ordinary briefings: words, quoted words, lists of words. */
const cleanScalar = fc.oneof(
  { weight: 6, arbitrary: words },
  { weight: 2, arbitrary: words.map((w) => `"${w}"`) },
  { weight: 1, arbitrary: words.map((w) => `'${w.replace(/'/g, "''")}'`) },
  { weight: 1, arbitrary: fc.array(words, { maxLength: 3 }).map((w) => `[${w.join(", ")}]`) },
);

interface Style {
  keys: string[];
  trailers: string[];
  blocks: { header: string; lines: string[] }[];
  multis: [string, string[]][];
  step: number;
  sameIndentSeq: boolean;
}

/** Writes a node as block YAML at an indentation, drawing styles round-robin. */
function write(n: Node, indent: number, style: Style, counter: { i: number }): string[] {
  const pad = " ".repeat(indent);
  const pick = <T>(list: T[]): T => list[counter.i++ % list.length] as T;
  const out: string[] = [];
  if (n.kind === "scalar") return [n.text];
  n.items.forEach((child, index) => {
    const k = n.kind === "map" ? pick(style.keys) : "";
    const lead = n.kind === "map" ? (k.startsWith("?") ? k : `${k}:`) : "-";
    if (child.kind === "scalar") {
      const choice = counter.i++ % 5;
      if (choice === 0) {
        const block = pick(style.blocks);
        out.push(`${pad}${lead} ${block.header}`);
        for (const line of block.lines) out.push(line === "" ? "" : `${pad}  ${line}`);
      } else if (choice === 1) {
        const [quote, lines] = pick(style.multis);
        out.push(`${pad}${lead} ${quote}${lines[0] ?? ""}`);
        lines.slice(1).forEach((line, i) => {
          const end = i === lines.length - 2 ? quote : "";
          out.push(line === "" ? "" : `${pad}  ${line}${end}`);
        });
      } else out.push(`${pad}${lead} ${child.text}${pick(style.trailers)}`);
    } else {
      const nested =
        child.kind === "seq" && n.kind === "map" && style.sameIndentSeq
          ? indent
          : indent + style.step;
      out.push(`${pad}${lead}${index === 0 ? pick(style.trailers) : ""}`);
      out.push(...write(child, nested, style, counter));
    }
  });
  return out;
}

const style: fc.Arbitrary<Style> = fc.record({
  keys: fc.array(key, { minLength: 3, maxLength: 6 }),
  trailers: fc.array(trailer, { minLength: 1, maxLength: 3 }),
  blocks: fc.array(blockScalar, { minLength: 1, maxLength: 2 }),
  multis: fc.array(multiLine, { minLength: 1, maxLength: 2 }),
  step: fc.constantFrom(2, 4, 1),
  sameIndentSeq: fc.boolean(),
});

/** The styles of a tidy file, where one odd line stands out. */
const cleanStyle: fc.Arbitrary<Style> = fc.record({
  keys: fc.array(fc.constantFrom("headline", "summary", "lead", "id", "tags", "a", "b"), {
    minLength: 3,
    maxLength: 6,
  }),
  trailers: fc.array(fc.constantFrom("", "", " # note"), { minLength: 1, maxLength: 3 }),
  blocks: fc.array(
    fc
      .tuple(
        fc.constantFrom("|", ">", "|-", ">-"),
        fc.array(fc.oneof(words, fc.constant("")), { minLength: 1, maxLength: 4 }),
      )
      .map(([header, lines]) => ({ header, lines: [lines[0] || "x", ...lines.slice(1)] })),
    { minLength: 1, maxLength: 2 },
  ),
  multis: fc.array(
    fc.tuple(fc.constantFrom("", '"', "'"), fc.array(words, { minLength: 2, maxLength: 4 })),
    { minLength: 1, maxLength: 2 },
  ),
  step: fc.constantFrom(2, 4),
  sameIndentSeq: fc.boolean(),
});

/** Whole documents, with the occasional directive, marker, comment, CRLF, tab or BOM. */
const oddDocuments: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(nodeOf(inlineScalar), { minLength: 1, maxLength: 4 }),
    style,
    fc.constantFrom("", "", "", "# yaml-language-server: $schema=x\n", "%YAML 1.2\n---\n", "---\n"),
    fc.constantFrom("", "", "", "...\n", "---\nb: 2\n", "\n\n"),
    fc.constantFrom("\n", "\n", "\n", "\r\n"),
    fc.constantFrom("", "", "", "", "\t", "\uFEFF"),
    fc.nat(),
  )
  .map(([items, s, head, tail, eol, odd, where]) => {
    const lines = write({ kind: "map", items }, 0, s, { i: 0 });
    if (odd === "\t") {
      const at = where % lines.length;
      lines[at] = (lines[at] ?? "").replace(/^( *)/, "$1\t").replace(/: /, ":\t");
    }
    const body = head + lines.join("\n") + "\n" + tail;
    return (odd === "\uFEFF" ? odd : "") + body.replace(/\n/g, eol);
  });

/** Tidy documents, half of them with one odd line spliced in. */
const tidyDocuments: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(nodeOf(cleanScalar), { minLength: 1, maxLength: 5 }),
    cleanStyle,
    fc.option(fc.tuple(key, inlineScalar, trailer, fc.nat()), { freq: 2 }),
  )
  .map(([items, s, odd]) => {
    const lines = write({ kind: "map", items }, 0, s, { i: 0 });
    if (odd) {
      const [k, value, after, where] = odd;
      lines.splice(
        where % (lines.length + 1),
        0,
        `${k.startsWith("?") ? k : k + ":"} ${value}${after}`,
      );
    }
    return lines.join("\n") + "\n";
  });

/** Documents for the differential test: odd ones and tidy ones in equal measure. */
export const documents: fc.Arbitrary<string> = fc.oneof(oddDocuments, tidyDocuments);
