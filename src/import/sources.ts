import type { Meta } from "../core/types.js";
import type { RawLine } from "./cleanup.js";
import {
  definitionOf,
  type Definition,
  type Found,
  isSourceUrl,
  type LineLink,
  linkTitle,
  readLinks,
  uniqueSources,
} from "./links.js";
import { LINK, SOURCES_LINE } from "./meta.js";
import type { Guess, LeftOut } from "./types.js";

/** The reference definitions of a text, each with the line it stands on. */
export interface DefinitionLine {
  definition: Definition;
  line: RawLine;
}

/**
 * Plain text: every line's links read out (their text stays, see `readLinks`), and the
 * lines that define references (`[1]: https://…`) taken out of the prose. A definition no
 * link uses still gives its address to the sources.
 */
export function takeTextLinks(lines: RawLine[]): { leftOut: LeftOut[]; found: Found[] } {
  const defined: DefinitionLine[] = [];
  const definitions = new Map<string, Definition>();
  for (const line of lines) {
    const definition = definitionOf(line.text);
    if (!definition || !isSourceUrl(definition.url)) continue;
    defined.push({ definition, line });
    // As in CommonMark, the first definition of a label is the one links use.
    if (!definitions.has(definition.key)) definitions.set(definition.key, definition);
  }
  const definitionLines = new Set(defined.map((d) => d.line));
  const used = new Set<string>();
  for (const line of lines) {
    if (definitionLines.has(line)) continue;
    const read = readLinks(line.text, definitions, used);
    if (read.links.length === 0) continue;
    line.written = line.text;
    line.text = read.text;
    line.links = read.links;
  }
  return leaveDefinitions(defined, used);
}

/**
 * Definition lines as left out, their addresses moved to the sources: through the links
 * that use them, or, for a definition no link uses (or a second one of a label), directly.
 */
export function leaveDefinitions(
  defined: DefinitionLine[],
  used: ReadonlySet<string>,
): { leftOut: LeftOut[]; found: Found[] } {
  const leftOut: LeftOut[] = [];
  const found: Found[] = [];
  const seen = new Set<string>();
  for (const { definition, line } of defined) {
    const { key, url, title, label } = definition;
    const usedHere = used.has(key) && !seen.has(key);
    seen.add(key);
    const text = line.text.trim();
    leftOut.push({ line: line.line, text, reason: "link definition", movedTo: "/meta/sources" });
    if (!usedHere)
      found.push({
        source: { title: linkTitle(title || label, url), url },
        line: line.line,
        column: line.text.length - line.text.trimStart().length + 1,
        form: "definition",
        text: "",
      });
    line.text = "";
  }
  return { leftOut, found };
}

/** The links of every line, as sources found where they stand. */
export function foundInLines(lines: readonly RawLine[]): Found[] {
  return lines.flatMap((l) => (l.links ?? []).map((link) => foundLink(link, l.line)));
}

function foundLink(link: LineLink, line: number): Found {
  return {
    source: { title: link.title, url: link.url },
    line,
    column: link.column,
    form: link.form,
    text: link.text,
    ...(link.tooltip ? { tooltip: link.tooltip } : {}),
  };
}

// What may stand between the links of a sources line.
const SEPARATORS = /^(?:[\s,;:|►•·●○*–—()[\]-]|\band\b)*$/u;

/**
 * The sources of a "Sources:" or "Related:" line whose links are written as links: only
 * when the line holds nothing but its opener, its links and separators, so no sentence
 * that starts with "Sources say" loses its words. `undefined` when it is prose.
 */
export function linkedSourcesLine(line: RawLine, text: string): Found[] | undefined {
  const links = line.links ?? [];
  let rest = text.replace(SOURCES_LINE, "");
  for (const link of links) rest = rest.replace(link.text, " ");
  const bare = [...rest.matchAll(LINK)];
  rest = rest.replace(LINK, " ");
  if (!SEPARATORS.test(rest)) return undefined;
  const found: Found[] = links.map((link) => ({
    source: { title: link.title, url: link.url },
    line: line.line,
    column: link.column,
  }));
  for (const m of bare) {
    const url = m[0];
    const column = line.text.indexOf(url) + 1;
    found.push({ source: { title: new URL(url).hostname, url }, line: line.line, column });
  }
  return found.sort((a, b) => a.column - b.column);
}

/**
 * `meta.sources` from everything found, in order of first appearance, each address once;
 * and a guess for each link whose address left the text, at its line and column, so the
 * analyst can review it.
 */
export function settleSources(meta: Meta, found: Found[], guesses: Guess[]): void {
  const { sources, repeats } = uniqueSources(found);
  const order = found.map((f, n) => ({ f, earlier: repeats[n] }));
  order.sort((a, b) => a.f.line - b.f.line || a.f.column - b.f.column);
  for (const { f, earlier } of order) {
    if (!f.form || !f.source.url) continue;
    guesses.push({
      kind: "sources",
      line: f.line,
      column: f.column,
      value: f.source.url,
      reason: reasonFor(f, earlier),
    });
  }
  if (sources.length) meta.sources = sources;
  else delete meta.sources;
}

function reasonFor(f: Found, earlier: Found | undefined): string {
  const where = earlier && (earlier.line > 0 ? `line ${earlier.line}` : "the front matter");
  const listed = where ? `already in meta.sources (${where})` : "listed in meta.sources";
  if (f.form === "definition") return `a link definition no link uses; its address is ${listed}`;
  const moved = where ? `is ${listed}` : "moved to meta.sources";
  // The link's own title has no place in the briefing; the report keeps it.
  const tooltip = f.tooltip ? `; the link's title was "${f.tooltip}"` : "";
  return `link text "${f.text ?? ""}" kept in the text; its address ${moved}${tooltip}`;
}
