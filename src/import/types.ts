import type { Template } from "../core/template.js";
import type { Briefing, Problem } from "../core/types.js";

/** What the importers need to know. */
export interface ImportOptions {
  /** The template whose labels name the sections. */
  template: Template;
  /** The other templates, to name one that knows a label this one does not. */
  others?: Template[];
  /** Keep unknown labels as custom sections without reporting them. */
  lenient?: boolean;
  /** Refuse a text with problems instead of writing what was found (the old behaviour). */
  strict?: boolean;
  /** Remove page markers and footnote digits glued to words instead of only reporting them. */
  clean?: boolean;
  /** Whether a word is a real word, for joining hyphenation splits; the text's own words always count. */
  isWord?: (word: string) => boolean;
  /** File name for problems. */
  file?: string;
}

/** Why an input line was not copied into the briefing's prose. */
export interface LeftOut {
  /** 1-based line in the input. */
  line: number;
  /** The line's text as written. */
  text: string;
  /** Why it was left out ("sign-up line", "sign-off", "page marker"...). */
  reason: string;
  /** Where its content went instead, when it was moved (`/meta/author`). */
  movedTo?: string;
}

/** Something the importer decided without being told: a label read, a date found, a word joined. */
export interface Guess {
  /** What was guessed: `template`, `date`, `author`, `sources`, `label`, `hyphenation`, `footnote`, `page-marker`, `structure`. */
  kind: string;
  /** 1-based line in the input, when the guess comes from one. */
  line?: number;
  /** 1-based column in that line, when the guess is about a piece of it (a link). */
  column?: number;
  /** The value chosen (`2013-08-01`, `Key Points`, `Communists`). */
  value: string;
  /** Why, in a few words. */
  reason: string;
}

/** A parsed briefing, what went where, and the located problems. */
export interface ImportResult {
  /** The briefing; absent only when the text holds nothing to import, or with `strict` and problems. */
  briefing?: Briefing;
  /** Problems, with line and column in the imported text. */
  problems: Problem[];
  /** Source line of each imported part, by JSON Pointer (`/sections/0/bullets/1`). */
  lines: Map<string, number>;
  /** The parts each input line went to (JSON Pointers), in reading order. */
  placed?: { line: number; to: string }[];
  /** Input lines not copied into the prose, and why. */
  leftOut?: LeftOut[];
  /** What the importer decided on its own. */
  guesses?: Guess[];
  /**
   * JSON Pointers of values whose problem the import already reported in its own words (the
   * id of a section made from an unknown label), so validating the result does not repeat it.
   */
  reported?: string[];
}
