import type { Problem, Severity } from "../core/types.js";
import type { Guess } from "./types.js";

/**
 * What an import noted on the way, apart from the briefing it builds: the located problems,
 * the guesses, and which input line went to which part. The import report is made of it,
 * so an archivist can audit where every line went.
 */
export class ImportRecord {
  protected readonly problems: Problem[] = [];
  /** Source line of each part, by JSON Pointer. */
  protected readonly lines = new Map<string, number>();
  protected readonly placed: { line: number; to: string }[] = [];
  protected readonly guesses: Guess[] = [];
  /** Pointers whose problem the import reported itself, for validation not to repeat. */
  protected readonly reported: string[] = [];
  private readonly placedKeys = new Set<string>();
  private readonly once = new Set<string>();

  constructor(private readonly file: string) {}

  /** Reports a located problem; a `key` reports it once per file, however often it occurs. */
  error(
    message: string,
    line: number,
    column = 1,
    severity: Severity = "error",
    key?: string,
  ): void {
    if (key !== undefined) {
      if (this.once.has(key)) return;
      this.once.add(key);
    }
    this.problems.push({ rule: "import", severity, message, path: this.file, line, column });
  }

  /** Records something decided without being told, for the import report. */
  guess(guess: Guess): void {
    this.guesses.push(guess);
  }

  /** Notes that an input line went to the part at `pointer`. */
  protected place(line: number, pointer: string): void {
    // A wrapped part keeps one entry per line; a run-on line holds several parts.
    const key = `${line} ${pointer}`;
    if (this.placedKeys.has(key)) return;
    this.placedKeys.add(key);
    this.placed.push({ line, to: pointer });
  }

  /** The record as the import result carries it. */
  protected get record(): {
    lines: Map<string, number>;
    placed: { line: number; to: string }[];
    guesses: Guess[];
    reported: string[];
  } {
    return {
      lines: this.lines,
      placed: this.placed,
      guesses: this.guesses,
      reported: this.reported,
    };
  }
}
