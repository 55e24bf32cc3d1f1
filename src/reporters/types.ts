import type { FileResult } from "../core/types.js";

/** Styling functions; identity functions when colour is off. The CLI decides colour once. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

/** Description of a rule, for reporters that list rules (SARIF, JSON). */
export interface RuleInfo {
  /** Rule id, e.g. `headline-length`. */
  id: string;
  /** One-line description. */
  description: string;
  /** Link to the rule's documentation. */
  helpUri?: string;
  /** The rule's documentation as Markdown, for formats that carry help text (SARIF). */
  help?: string;
  /** Severity when the configuration does not set one; `off` rules still have a level. */
  defaultLevel?: "error" | "warning";
}

/** What a reporter knows besides the results. */
export interface ReporterContext {
  /** Styling to apply; reporters never look at the terminal themselves. */
  colors: Colors;
  /** Version of the tool, for machine-readable formats. */
  version: string;
  /** Rules known to the run, for formats that describe them. */
  rules: RuleInfo[];
  /** The `--max-warnings` limit, when one was given. */
  maxWarnings?: number;
  /**
   * Maps a result's path to a POSIX path from the repository root, or `undefined` for a file
   * outside it (or standard input). Without it, paths are reported as given.
   */
  fromRoot?: (path: string) => string | undefined;
  /** The repository root as a `file:` URI ending in `/`, for SARIF's `%SRCROOT%`. */
  rootUri?: string;
  /** Where the tool itself is documented. */
  informationUri?: string;
  /** Warnings fail the run (`--max-warnings` exceeded): JUnit then reports them as failures. */
  failOnWarnings?: boolean;
}

/** A reporter turns results into text. Pure: no I/O. */
export type Reporter = (results: FileResult[], ctx: ReporterContext) => string;

const identity = (text: string): string => text;

/** Colours that leave text unchanged. */
export const plainColors: Colors = {
  red: identity,
  yellow: identity,
  green: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};
