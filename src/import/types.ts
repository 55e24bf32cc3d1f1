import type { Template } from "../core/template.js";
import type { Briefing, Problem } from "../core/types.js";

/** What the importers need to know. */
export interface ImportOptions {
  /** The template whose labels name the sections. */
  template: Template;
  /** Keep unknown labels as custom sections instead of reporting them. */
  lenient?: boolean;
  /** File name for problems. */
  file?: string;
}

/** A parsed briefing, or the located problems that kept the text from being one. */
export interface ImportResult {
  /** The briefing, when there were no errors. */
  briefing?: Briefing;
  /** Problems, with line and column in the imported text. */
  problems: Problem[];
  /** Source line of each imported part, by JSON Pointer (`/sections/0/bullets/1`). */
  lines: Map<string, number>;
}
