import type { OutputWords } from "../core/output-words.js";
import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";

/** What every renderer may be told besides the briefing. */
export interface RenderOptions {
  /** A format's own options, as its exporter declares them (`export --option name=value`). */
  [option: string]: unknown;
  /** The template the briefing follows: labels come from it. */
  template?: Template;
  /** Markdown: add the metadata as YAML front matter. */
  frontMatter?: boolean;
  /** HTML: the page's language (BCP 47), `en` by default. */
  lang?: string;
  /** Terminal: width to wrap at. */
  width?: number;
  /** The configuration's fixed words of the output; a template's own words win over them. */
  words?: Partial<OutputWords>;
}

/** An option a format takes beyond the shared ones: `export --option name=value`. */
export interface FormatOption {
  /** `boolean` takes true or false (a bare name means true); `string` takes any text. */
  type: "boolean" | "string";
  /** One line for error messages and the README. */
  description: string;
}

/**
 * A file format a briefing can be exported to. Pure: no I/O. Adding a format, text or
 * binary, is one file exporting an Exporter and one line in the registry (render/index.ts).
 */
export interface Exporter<Output extends string | Uint8Array = string | Uint8Array> {
  /** Format id, as given to `--format`. */
  id: string;
  /** File extension of exported files, with the dot. */
  extension: string;
  /** Other extensions that name this format in `-o FILE` (`.markdown`), with the dot. */
  alsoNamedBy?: readonly string[];
  /** The options this format reads from RenderOptions, by name; `export` refuses others. */
  options?: Readonly<Record<string, FormatOption>>;
  /**
   * Renders one briefing: text, or bytes for a binary format (never sent to a terminal). A
   * format whose library packs its files asynchronously (Word's zip) returns a promise.
   */
  render(briefing: Briefing, options?: RenderOptions): Output | Promise<Output>;
}

/** An exporter that renders at once: the text formats, which a digest composes in place. */
export interface SyncExporter<
  Output extends string | Uint8Array = string,
> extends Exporter<Output> {
  render(briefing: Briefing, options?: RenderOptions): Output;
}
