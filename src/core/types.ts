/** Severity of a reported problem. */
export type Severity = "error" | "warning";

/** Severity as written in configuration: a rule can also be switched off. */
export type RuleLevel = "error" | "warn" | "off";

/** One section of a briefing, in template order. */
export interface Section {
  /** Template section id, e.g. `details`. */
  id: string;
  /** Overrides the template's label for this section. */
  label?: string;
  /** The lead sentence printed after the label. */
  lead?: string;
  /** The `►` bullets of the section. */
  bullets?: string[];
  /** Paragraphs printed after the bullets, a blank line between them. */
  after?: string;
}

/** A cited source. */
export interface SourceRef {
  /** Human-readable title of the source. */
  title: string;
  /** Where the source can be found. */
  url?: string;
}

/** Optional metadata of a briefing. */
export interface Meta {
  /** ISO 8601 date (`2026-03-04`) or date-time with offset. */
  date?: string;
  /** Who wrote the briefing. */
  author?: string;
  /** Free-form tags for search and grouping. */
  tags?: string[];
  /** Editorial state. */
  status?: "draft" | "final";
  /** Analytic confidence in the judgement. */
  confidence?: "low" | "moderate" | "high";
  /** Sources the briefing relies on. */
  sources?: SourceRef[];
}

/** A briefing as stored in a YAML or JSON file. */
export interface Briefing {
  /** Template id; defaults to the configured template, else `standard`. */
  template?: string;
  /** One-line headline. */
  headline: string;
  /** Overrides the template's label before the summary. */
  summaryLabel?: string;
  /** One-paragraph summary. */
  summary: string;
  /** Labelled sections, in template order. */
  sections: Section[];
  /** Overrides the template's label before the conclusion. */
  conclusionLabel?: string;
  /** Closing paragraph. */
  conclusion: string;
  /** Version of the file format, written by the JSON export; only 1 exists. */
  formatVersion?: 1;
  /** Optional metadata. */
  meta?: Meta;
}

/** A path into a document: object keys and array indexes. */
export type DocPath = (string | number)[];

/** A problem found in a file, by any layer: reading, syntax, schema or rules. */
export interface Problem {
  /** Rule id, or `syntax`, `schema`, `encoding`, `io`, `template` for the fixed layers. */
  rule: string;
  /** How serious the problem is. */
  severity: Severity;
  /** One sentence in plain words. */
  message: string;
  /** File the problem is in, as given to the tool (`<stdin>` for standard input). */
  path: string;
  /** 1-based line in the source. */
  line?: number;
  /** 1-based column in the source. */
  column?: number;
  /** 1-based line where the offending node ends. */
  endLine?: number;
  /** 1-based column where the offending node ends. */
  endColumn?: number;
  /** JSON Pointer to the offending value, when there is one. */
  pointer?: string;
  /** A safe replacement for the text at `pointer`, applied by `validate --fix`. */
  fix?: string;
}

/** The outcome of checking one file. */
export interface FileResult {
  /** File path as given to the tool. */
  path: string;
  /** Problems, sorted by position. */
  problems: Problem[];
  /** Number of problems with severity `error`. */
  errorCount: number;
  /** Number of problems with severity `warning`. */
  warningCount: number;
  /** True when the file could not be read at all (an I/O error rather than a content problem). */
  unreadable?: boolean;
}

/** Whether a parsed value is a mapping: an object, not an array or null. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
