/**
 * The hostile corpus, one row per input, with what each command must do with it. Files
 * are in test/fixtures/hostile/ (copied to a temporary work folder); `generated` rows are
 * written there by the test (too big to commit, or impossible to commit: links, names
 * with control characters). Exit codes: 0 ok, 1 input problems, 2 usage or I/O error.
 */

export type Code = 0 | 1 | 2 | 130;

export interface Row {
  /** Input path relative to the work folder (or absolute). */
  file: string;
  /** What makes it hostile. */
  what: string;
  validate: Code;
  /** `export` to stdout, each format. */
  export: Code;
  show: Code;
  /** `import`, for text-like inputs. */
  import?: Code;
  /** Also export with `--no-validate` (each format) and check that output: it is where user text reaches the renderers unchecked. */
  noValidate?: Code;
  /** What validate's report must say about it. */
  says?: RegExp;
  /** Text the txt export must keep as written (nothing lost). */
  keeps?: string;
  /** Why this input is not run in a batch (a usage error stops a run before anything is read, by design). */
  alone?: string;
  /** A big generated input: 10 s per run instead of 2 s, through the built bin in child processes of its own (corpus-big.test.ts). */
  big?: true;
  /** A failure not fixed yet: the row then asserts only that nothing crashed, and that the issue is still there. */
  knownIssue?: string;
}

const broken = (file: string, what: string, says: RegExp, more: Partial<Row> = {}): Row => ({
  file,
  what,
  validate: 1,
  export: 1,
  show: 1,
  says,
  ...more,
});

const fine = (file: string, what: string, more: Partial<Row> = {}): Row => ({
  file,
  what,
  validate: 0,
  export: 0,
  show: 0,
  ...more,
});

/**
 * Text to import. validate, export and show read a .md or .txt briefing through the
 * importer too, so they succeed exactly where the import does.
 */
const text = (file: string, what: string, imported: Code, more: Partial<Row> = {}): Row => ({
  file,
  what,
  validate: imported,
  export: imported,
  show: imported,
  import: imported,
  ...more,
});

const SYNTAX = /syntax/;
const SCHEMA = /schema/;
const EMPTY = /file is empty|must be a mapping/;
const ENCODING = /encoding/;

/** The name of the generated input whose file name carries an escape sequence and a line break. */
export const EVIL_NAME = "evil\u001b[31m\nname.yaml";

export const rows: Row[] = [
  // Malformed YAML and JSON.
  broken("syntax-tab-indent.yaml", "tabs as indentation", /tabs are not allowed/),
  broken("syntax-bad-indent.yaml", "indentation that does not line up", /indentation/),
  broken("syntax-unclosed-double-quote.yaml", 'unclosed "', /never closed/),
  broken("syntax-unclosed-single-quote.yaml", "unclosed '", /never closed/),
  broken("syntax-unclosed-bracket.yaml", "unclosed [", /\[ list is not closed/),
  broken("syntax-unclosed-brace.yaml", "unclosed {", /\{ list is not closed/),
  broken("syntax-undefined-alias.yaml", "aliases to no anchor", /not defined before it/),
  broken("syntax-several-documents.yaml", "three documents in one stream", /3 YAML documents/),
  broken("syntax-duplicate-key.yaml", "a key twice", /duplicate key/),
  broken("syntax-nested-colon.yaml", "a: b: c on one line", SYNTAX),
  broken("syntax-json-unclosed.json", "JSON cut off", /invalid JSON/),
  broken("syntax-json-trailing-garbage.json", "text after the JSON value", /invalid JSON/),
  broken("syntax-json-single-quotes.json", "single quotes and a comment", /invalid JSON/),
  fine("tags-unknown.yaml", "!!js/function and custom tags: ignored, the text kept", {
    keeps: "function () { return 1 }",
  }),
  // Nothing, or not a mapping.
  broken("empty.yaml", "0 bytes", EMPTY),
  broken("whitespace-only.yaml", "spaces, tabs and blank lines", EMPTY),
  broken("comment-only.yaml", "only comments", EMPTY),
  broken("bom-only.yaml", "only a byte-order mark", EMPTY),
  broken("document-markers-only.yaml", "--- and ... alone", EMPTY, { noValidate: 0 }),
  broken("null.json", "JSON null", EMPTY, { noValidate: 0 }),
  broken("null.yaml", "YAML ~", EMPTY, { noValidate: 0 }),
  broken("top-level-array.json", "a JSON array", /it is a list/, { noValidate: 0 }),
  broken("top-level-list.yaml", "a YAML list", /it is a list/, { noValidate: 0 }),
  broken("top-level-scalar.yaml", "a sentence", /must be a mapping/, { noValidate: 0 }),
  broken("top-level-number.json", "42", /must be a mapping/, { noValidate: 0 }),
  broken("empty-object.json", "{}", /missing "headline"/, { noValidate: 0 }),
  // Not UTF-8 text.
  broken("binary-png-header.yaml", "binary with NUL bytes", ENCODING),
  broken("nul-in-headline.yaml", "one NUL byte in a valid briefing", ENCODING),
  broken("invalid-utf8.yaml", "a Latin-1 byte", /not valid UTF-8/),
  broken("invalid-utf8-surrogate.json", "an encoded surrogate (ED A0 80)", /not valid UTF-8/),
  broken("utf16le-bom.yaml", "UTF-16 LE with BOM", /UTF-16/),
  broken("utf16be-bom.yaml", "UTF-16 BE with BOM", /UTF-16/),
  fine("utf8-bom-crlf.yaml", "UTF-8 BOM and CRLF (accepted)", {
    keeps: "Container rates climb for a third week",
  }),
  // YAML 1.2 reads a lone CR as a line break: such files are accepted.
  fine("cr-only-line-ends.yaml", "old Mac CR line ends (accepted)", {
    keeps: "Container rates climb for a third week",
  }),
  // Prototype keys: rejected as unknown keys, never merged into Object.prototype.
  broken("proto-keys.yaml", "__proto__, constructor, prototype keys (YAML)", /"__proto__"/, {
    noValidate: 0,
  }),
  broken("proto-keys.json", "__proto__, constructor, prototype keys (JSON)", /"__proto__"/, {
    noValidate: 0,
  }),
  broken("proto-anchor-merge.yaml", "<< merge of an anchored __proto__", /"<<"/, {
    noValidate: 0,
  }),
  fine("proto-as-values.yaml", "__proto__ and constructor as text, tags, label", {
    keeps: "__proto__ constructor prototype",
  }),
  broken("proto-section-ids.yaml", "template and section id constructor", /"constructor"/, {
    noValidate: 0,
  }),
  // Other types where text belongs (YAML 1.2: no and 2026-03-04 stay text).
  fine("types-headline-no.yaml", "headline: no", { keeps: "no\n" }),
  fine("types-headline-date.yaml", "headline: 2026-03-04", { keeps: "2026-03-04\n" }),
  broken("types-headline-1e3.yaml", "headline: 1e3", /headline must be text/, { noValidate: 0 }),
  broken("types-headline-tilde.yaml", "headline: ~", SCHEMA, { noValidate: 0 }),
  broken("types-summary-true.yaml", "summary: true", /summary must be text/, { noValidate: 0 }),
  broken("types-numbers-hex-inf.yaml", "0x1F, .inf, .nan", SCHEMA, { noValidate: 0 }),
  broken("types-bullets-not-text.yaml", "numbers, null, maps, lists as bullets", SCHEMA, {
    noValidate: 0,
  }),
  broken("types-meta-wrong.yaml", "meta date a number, tags text", SCHEMA, { noValidate: 0 }),
  broken("types-json.json", "JSON numbers, false, null for text", SCHEMA, { noValidate: 0 }),
  // Terminal tricks in every text field.
  broken(
    "controls-every-field.yaml",
    "ESC sequences, CR, zero-width, RLO, C1 in every field",
    /no-control-characters/,
    {
      noValidate: 0,
    },
  ),
  broken("controls-every-field.json", "the same in JSON", /no-control-characters/, {
    noValidate: 0,
  }),
  broken("controls-raw-bytes.yaml", "raw ESC and U+009B bytes in plain scalars", /U\+001B/, {
    noValidate: 0,
  }),
  broken("controls-in-keys.yaml", "ESC and newline in a key, the template, a section id", SCHEMA, {
    noValidate: 0,
  }),
  // Markdown and HTML in every field.
  fine("inject-every-field.yaml", "<script>, javascript: links, # heading, --- ... everywhere", {
    keeps: "<script>alert(1)</script>",
  }),
  fine("inject-every-field.json", "the same in JSON", { keeps: "<script>alert(1)</script>" }),
  broken("inject-schema-invalid.yaml", "attribute-breaking URLs, date, status", SCHEMA, {
    noValidate: 0,
  }),
  broken("lone-surrogates.json", "\\ud800 escapes in text and URL", SCHEMA, { noValidate: 0 }),
  // File names.
  fine("name with spaces.yaml", "spaces in the name"),
  fine("ünïcødé — 名前 🚢.yaml", "accents, CJK, emoji in the name"),
  fine("-rf.yaml", "a leading dash (after --)"),
  fine("...yaml", "a name whose stem is .."),
  fine("back\\slash ..\\..\\x.yaml", "backslashes and .. in the name"),
  fine("folder.yaml", "a folder named like a file", {
    show: 2,
  }),
  broken(EVIL_NAME, "generated: ESC and a line break in the file name", SYNTAX, {}),
  {
    file: "loop.yaml",
    what: "generated: a symbolic link to itself",
    validate: 2,
    export: 1,
    show: 2,
  },
  {
    file: "dangling.yaml",
    what: "generated: a link to nothing (like a missing file)",
    validate: 2,
    export: 2,
    show: 2,
    alone: "a missing path is a usage error before anything is read",
  },
  {
    file: "missing.yaml",
    what: "no such file",
    validate: 2,
    export: 2,
    show: 2,
    alone: "a missing path is a usage error before anything is read",
  },
  {
    file: "/proc/self/mem",
    what: "a file that cannot be read (EIO)",
    validate: 2,
    export: 1,
    show: 2,
  },
  // Big and deep inputs, generated.
  broken(
    "big-50mb.yaml",
    "generated: 50 MB (a briefing and comment lines)",
    /maxFileSize|too (big|large)|MB/,
    {
      big: true,
    },
  ),
  broken(
    "summary-10mb.yaml",
    "generated: a 10 MB summary, just under maxFileSize",
    /summary must be at most 90 words/,
    {
      big: true,
    },
  ),
  broken("bullets-100k.yaml", "generated: 100,000 bullets in one section", /it has 100000/, {
    big: true,
  }),
  broken("line-1mb.yaml", "generated: the whole briefing on one 1 MB line", /summary-length/, {
    big: true,
  }),
  broken("deep-flow-10k.yaml", "generated: [ nested 10,000 deep", /nest|deep/i, {
    big: true,
  }),
  broken("deep-map-10k.yaml", "generated: {a: nested 10,000 deep", /nest|deep/i, {
    big: true,
  }),
  broken(
    "deep-dashes-10k.yaml",
    "generated: - - - ... 10,000 block lists on one line",
    /nest|deep/i,
    {
      big: true,
    },
  ),
  broken("deep-10k.json", "generated: JSON [ nested 10,000 deep", /nest|deep/i, {
    big: true,
  }),
  broken("alias-bomb.yaml", "generated: billion laughs, 9 levels of 9 aliases", /aliases expand/),
  broken(
    "alias-amplify.yaml",
    "generated: one 200 kB anchor aliased 99 times (within the limit)",
    /bullet-count/,
    {
      big: true,
      noValidate: 0,
    },
  ),
  // Text and Markdown to import.
  text("import-valid.txt", "the house layout (control row)", 0),
  text("import-valid-front-matter.md", "Markdown with front matter (control row)", 0),
  text("import-controls.txt", "raw ESC, BEL, U+009B, RLO, ZWSP and CR in every line", 1, {}),
  text("import-injection.md", "HTML, scripts and javascript: links in every part", 0),
  text("import-binary.txt", "NUL bytes", 1),
  text("import-utf16le.txt", "UTF-16 with BOM", 1),
  text("import-invalid-utf8.md", "invalid UTF-8", 1),
  text("import-empty.txt", "0 bytes", 1),
  text("import-whitespace-only.md", "white space only", 1),
  text("import-front-matter-alias-bomb.md", "billion laughs in the front matter", 1),
  text("import-front-matter-proto.md", "__proto__ and constructor in the front matter", 0),
  text("import-front-matter-unclosed.md", "front matter with an unclosed [", 1),
  text("import-cr-only.txt", "CR line ends", 0),
  text("import-labels-only.txt", "labels and nothing else", 1),
  text("import-bullets-first.md", "bullets before the title", 1),
  text("import-25k-bullets.txt", "generated: 25,000 bullets", 1, { big: true }),
  text("import-1mb-line.txt", "generated: a 1 MB headline line", 1, { big: true }),
  text("import-deep.md", "generated: > and - nested 10,000 deep, 10,000 [", 1, { big: true }),
];
