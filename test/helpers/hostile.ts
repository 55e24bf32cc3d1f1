import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import MarkdownIt from "markdown-it";
import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";
import { fixture, root } from "./paths.js";

/** The committed hostile corpus. */
export const hostileDir = fixture("hostile");

/** A known-good briefing, run in every batch beside a hostile input. */
export const validExample = join(root, "examples", "freight-rates.yaml");

/** The exit codes the README documents. */
export const DOCUMENTED_CODES = [0, 1, 2, 130];

/** A stack trace line, which only `--debug` may print. */
export const STACK = /\n\s+at /;

/** One CLI run, in-process, with what it cost. */
export interface Run {
  args: string[];
  code: number;
  out: string;
  err: string;
  /** CPU time of the run (user and system), milliseconds: unlike wall time, it does not grow when the machine is busy with other work. */
  ms: number;
  /** Growth of the resident set (or of its peak, whichever is larger), megabytes. */
  mb: number;
}

/**
 * Runs `briefing ...args` in-process with a memory Io. Memory is measured two ways, as
 * the growth of `rss` across the run and as the growth of the process's peak RSS
 * (`resourceUsage().maxRSS`); the larger is reported. Both are lower bounds for a run
 * that follows a bigger one, which is why the big rows run in child processes (runBin).
 * Time is the process's CPU time across the run.
 */
export async function runCli(
  cwd: string,
  args: string[],
  options: { stdoutIsTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  const { io, stdout, stderr } = memoryIo({ cwd, ...options });
  const rss0 = process.memoryUsage().rss;
  const peak0 = process.resourceUsage().maxRSS;
  const cpu0 = process.cpuUsage();
  const code = await main(args, io);
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  const grew = Math.max(
    process.memoryUsage().rss - rss0,
    (process.resourceUsage().maxRSS - peak0) * 1024,
  );
  return { args, code, out: stdout(), err: stderr(), ms, mb: grew / 2 ** 20 };
}

const bin = join(root, "bin", "briefing.js");
const usageProbe = join(root, "test", "helpers", "child-usage.cjs");
let childRuns = 0;

/**
 * Runs the built `briefing ...args` as a child process. `ms` is the child's CPU time (user
 * and system, worker threads included) and `mb` its peak resident set, both read inside
 * the child as it exits: unlike wall time and the test process's memory, neither grows
 * because the machine or the test process is busy with something else.
 */
export function runBin(cwd: string, args: string[]): Promise<Run> {
  const usageFile = join(tmpdir(), `briefing-usage-${process.pid}-${++childRuns}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--require", usageProbe, bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", BRIEFING_TEST_USAGE: usageFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        const usage = JSON.parse(readFileSync(usageFile, "utf8")) as {
          maxRssKb: number;
          cpuMs: number;
        };
        rmSync(usageFile, { force: true });
        resolve({ args, code: code ?? -1, out, err, ms: usage.cpuMs, mb: usage.maxRssKb / 1024 });
      } catch (error) {
        reject(
          new Error(
            `briefing ${args.join(" ")} exited ${code} without its usage: ${String(error)}`,
          ),
        );
      }
    });
  });
}

const prototypeKeys = {
  object: Object.getOwnPropertyNames(Object.prototype).sort().join(),
  array: Object.getOwnPropertyNames(Array.prototype).sort().join(),
};

/**
 * Whether a run left anything on the shared prototypes (`({}).polluted` and friends).
 * Whatever it finds is removed again, so one polluting row cannot taint the next.
 */
export function pollution(): string[] {
  const found: string[] = [];
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) found.push("({}).polluted is defined");
  for (const [name, proto] of [
    ["object", Object.prototype],
    ["array", Array.prototype],
  ] as const) {
    const now = Object.getOwnPropertyNames(proto).sort().join();
    if (now !== prototypeKeys[name]) {
      found.push(`${name} prototype changed: ${now}`);
      for (const key of Object.getOwnPropertyNames(proto))
        if (!prototypeKeys[name].split(",").includes(key))
          delete (proto as unknown as Record<string, unknown>)[key];
    }
  }
  return found;
}

// Everything but LF: C0 controls (ESC starts every terminal sequence), DEL and C1 (U+009B
// is a one-character CSI). Bidirectional overrides and isolates reorder what is shown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** The control (and, with `bidi`, bidirectional-override) characters in a text, as U+XXXX. */
export function controlsIn(text: string, bidi = true): string[] {
  const hits = new Set<string>();
  for (const re of bidi ? [CONTROL, BIDI] : [CONTROL])
    for (const m of text.matchAll(re))
      hits.add(`U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
  return [...hits];
}

// Every stderr line is a whole message: a `briefing:` error, a located problem
// (`file:line:col: error: message (rule)`), or a closing summary.
const STDERR_LINE =
  /^(?:briefing: \S.*|\S.*?: (?:error|warning): \S.* \([a-z0-9-]+\)|\d+ (?:written|imported)\b.*)$/;

/** Lines of stderr that are not one whole message each (a message broken over lines shows up here). */
export function strayStderrLines(err: string): string[] {
  if (err === "") return [];
  const lines = err.endsWith("\n")
    ? err.slice(0, -1).split("\n")
    : [...err.split("\n"), "<no final newline>"];
  return lines
    .filter((line) => !STDERR_LINE.test(line))
    .map((l) => JSON.stringify(l.slice(0, 120)));
}

/** The tags the HTML exporter writes; anything else came from user text. */
const HTML_TAGS = new Set(
  "html head meta title style body main article header h1 h2 p time bdi span strong section ul ol li footer a".split(
    " ",
  ),
);

/**
 * Why an HTML export is unsafe, if it is: a tag the exporter never writes, an event-handler
 * attribute, a `src`, or a link that is not http(s). Also that the page is complete.
 */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  if (!html.startsWith("<!doctype html>\n") || !html.endsWith("</html>\n"))
    problems.push("not a complete page");
  if (/<script/i.test(html)) problems.push("<script");
  const body = html.replace(/<style>[^<]*<\/style>/, "<style></style>");
  for (const tag of body.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const [whole, name = "", attrs = ""] = tag;
    if (!HTML_TAGS.has(name.toLowerCase())) problems.push(`unexpected tag ${whole.slice(0, 60)}`);
    for (const attr of attrs.matchAll(/([^\s="'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const key = (attr[1] ?? "").toLowerCase();
      const value = (attr[2] ?? "").replace(/^["']|["']$/g, "").replace(/&amp;/g, "&");
      if (key.startsWith("on")) problems.push(`event handler ${whole.slice(0, 60)}`);
      if (key === "src" || key === "srcdoc") problems.push(`loads ${whole.slice(0, 60)}`);
      if (key === "href" && !/^https?:\/\//i.test(value)) problems.push(`unsafe href ${value}`);
    }
  }
  return problems;
}

const markdownIt = new MarkdownIt({ html: true });
// An autolink's text as written, as CommonMark shows it, not percent-decoded.
markdownIt.normalizeLinkText = (url) => url;
const MD_BLOCKS = new Set([
  "heading_open",
  "heading_close",
  "paragraph_open",
  "paragraph_close",
  "bullet_list_open",
  "bullet_list_close",
  "list_item_open",
  "list_item_close",
  "inline",
]);
const MD_INLINE = new Set(["text", "text_special", "strong_open", "strong_close"]);

/**
 * Structure in a Markdown export (read by markdown-it, CommonMark with HTML on) that the
 * exporter does not write itself: HTML, links, images, code, rules, quotes, ordered lists,
 * emphasis, headings other than the one title.
 */
export function markdownProblems(md: string): string[] {
  const problems: string[] = [];
  let headings = 0;
  for (const token of markdownIt.parse(md, {})) {
    if (!MD_BLOCKS.has(token.type)) problems.push(`block ${token.type}`);
    if (token.type === "heading_open" && (token.tag !== "h1" || ++headings > 1))
      problems.push(`heading ${token.tag} from user text`);
    // The sources paragraph, last, holds the one kind of written link: to a source.
    const sources = token.type === "inline" && token.content.startsWith("**Sources.** ");
    for (const child of token.children ?? []) {
      // A URL in the text is written as an autolink, to an http(s) address only.
      const web = /^https?:\/\//i.test(String(child.attrGet("href") ?? ""));
      const link = (child.markup === "autolink" || sources) && (child.type === "link_close" || web);
      if (!MD_INLINE.has(child.type) && !link) problems.push(`inline ${child.type}`);
    }
  }
  return [...new Set(problems)];
}

/** The text of the first `# ` title of a Markdown export, as a reader sees it. */
export function markdownTitle(md: string): string | undefined {
  const tokens = markdownIt.parse(md, {});
  const at = tokens.findIndex((t) => t.type === "heading_open" && t.tag === "h1");
  // The word joiner the export puts into `:shortcode:` is invisible, and not the writer's.
  return tokens[at + 1]?.children
    ?.map((c) => c.content)
    .join("")
    .replace(/:\u2060/g, ":");
}

/** Every file under a folder, relative, sorted, with its size and modification time. */
export function snapshot(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = join(entry.parentPath, entry.name);
    const rel = relative(dir, abs);
    if (skip(rel) || !entry.isFile()) continue;
    const st = statSync(abs);
    out.push(
      `${rel} ${st.size} ${st.mtimeMs} ${readFileSync(abs).subarray(0, 64).toString("hex")}`,
    );
  }
  return out.sort();
}

/** A valid briefing with the details bullets replaced, for the big generated inputs. */
function withBullets(base: string, bullets: string): string {
  return base.replace(
    /( {2}- id: details\n(?: {4}lead: .*\n)? {4}bullets:\n)(?: {6}- .*\n)+/,
    `$1${bullets}`,
  );
}

/** Writes the inputs too big to commit into `dir`; returns their names. */
export function writeBigInputs(dir: string): Record<string, string> {
  const base = readFileSync(join(hostileDir, "name with spaces.yaml"), "utf8");
  const names: Record<string, string> = {};
  const put = (name: string, text: string | Buffer): void => {
    writeFileSync(join(dir, name), text);
    names[name] = name;
  };
  // 50 MB: a valid briefing padded with comment lines (limits.maxFileSize is 10 MB).
  const comment = `# ${"padding ".repeat(120)}\n`;
  put("big-50mb.yaml", base + comment.repeat(Math.ceil((50 * 2 ** 20) / comment.length)));
  // Just under the limit, and as costly as a file can be: one 10 MB summary of words.
  const words = "lorem ipsum ".repeat(Math.floor((10 * 2 ** 20 - base.length) / 12));
  put("summary-10mb.yaml", base.replace(/^summary: .*$/m, `summary: ${words}`));
  let bullets = "";
  for (let i = 0; i < 100_000; i++)
    bullets += `      - Bullet ${i} of a section nobody should write.\n`;
  put("bullets-100k.yaml", withBullets(base, bullets));
  // The whole briefing on one line of 1 MB (flow style), its summary 1 MB of words.
  put(
    "line-1mb.yaml",
    `{headline: One line, summary: "${"word ".repeat(2 ** 18)}", sections: [{id: details, lead: x, bullets: [a, b]}], conclusion: Done.}`,
  );
  const depth = 10_000;
  put("deep-flow-10k.yaml", `headline: ${"[".repeat(depth)}x${"]".repeat(depth)}\n`);
  put("deep-map-10k.yaml", `headline: ${"{a: ".repeat(depth)}x${"}".repeat(depth)}\n`);
  put("deep-dashes-10k.yaml", `summary:\n  ${"- ".repeat(depth)}x\n`);
  put("deep-10k.json", `{"headline": ${"[".repeat(depth)}"x"${"]".repeat(depth)}}\n`);
  // Billion laughs: nine levels of nine aliases, 9^9 strings once expanded.
  let bomb = 'a0: &a0 "lol"\n';
  for (let i = 1; i <= 9; i++)
    bomb += `a${i}: &a${i} [${Array(9)
      .fill(`*a${i - 1}`)
      .join(", ")}]\n`;
  put("alias-bomb.yaml", `${bomb}headline: *a9\n`);
  // Within the alias limit but amplifying: one 200 kB anchor used 99 times.
  put(
    "alias-amplify.yaml",
    withBullets(base, "      - *s\n".repeat(99)).replace(
      /^summary: .*$/m,
      `summary: &s "${"amplified ".repeat(20_000)}"`,
    ),
  );
  const txt = readFileSync(join(hostileDir, "import-valid.txt"), "utf8").split("\n");
  const txtBullets = Array.from({ length: 25_000 }, (_, i) => `►   Bullet ${i} of many.`);
  put("import-25k-bullets.txt", [...txt.slice(0, 3), ...txtBullets, ...txt.slice(3)].join("\n"));
  put("import-1mb-line.txt", [`${"headline ".repeat(2 ** 17)}`, ...txt.slice(1)].join("\n"));
  put(
    "import-deep.md",
    `# Title\n\n${"> ".repeat(depth)}quoted\n\n${"- ".repeat(depth)}listed\n\n${"[".repeat(depth)}x${"](y)".repeat(depth)}\n\n**Conclusion.** Done.\n`,
  );
  return names;
}
