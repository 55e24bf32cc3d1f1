import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";

/** What every renderer may be told besides the briefing. */
export interface RenderOptions {
  /** The template the briefing follows: labels come from it. */
  template?: Template;
  /** Markdown: add the metadata as YAML front matter. */
  frontMatter?: boolean;
  /** HTML: the page's language (BCP 47), `en` by default. */
  lang?: string;
  /** Terminal: width to wrap at. */
  width?: number;
}

/** A file format a briefing can be exported to. Pure: no I/O. */
export interface Exporter {
  /** Format id, as given to `--format`. */
  id: string;
  /** File extension of exported files, with the dot. */
  extension: string;
  /** Renders one briefing. */
  render(briefing: Briefing, options?: RenderOptions): string;
}
