import type { Briefing, Meta, Section } from "../core/types.js";

/** A validator as prompts take it: true, or what is wrong. */
export type Check = (value: string) => true | string;

/** The prompts the authoring flow uses; the inquirer adapter and test fakes implement it. */
export interface PromptApi {
  /** One line of text. */
  input(q: {
    message: string;
    default?: string;
    /** Put the default on the line, to be edited in place (Enter keeps it as it is). */
    prefill?: boolean;
    validate?: Check;
    /** Shown in place of the typed value; called with each change, so it sees every keystroke. */
    transformer?: (value: string, state: { isFinal: boolean }) => string;
  }): Promise<string>;
  /** Long text in $EDITOR. */
  editor(q: { message: string; default?: string; validate?: Check }): Promise<string>;
  /** One of several choices. */
  select<T>(q: {
    message: string;
    choices: { name: string; value: T; description?: string }[];
    default?: T;
  }): Promise<T>;
  /** Yes or no. */
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

/** Where the flow is: the next part to ask for. */
export type Step =
  | { kind: "template" }
  | { kind: "headline" }
  | { kind: "summary" }
  | { kind: "lead"; section: string }
  | { kind: "bullets"; section: string }
  | { kind: "conclusion" }
  | { kind: "meta" }
  | { kind: "review" };

/** Everything an analyst has answered so far, saved after every answer. */
export interface Draft {
  /** Draft format version. */
  version: 1;
  /** Template id. */
  template?: string;
  /** File the briefing will be saved to, when chosen. */
  file?: string;
  /** The file being edited (`briefing edit`). */
  editing?: string;
  /** The answers, shaped like a briefing. */
  answers: Partial<Omit<Briefing, "sections" | "meta">> & { sections?: Section[]; meta?: Meta };
  /** The next step. */
  step: Step;
  /**
   * An answer stopped while it was being typed (Ctrl-C, a closed terminal, a signal):
   * where it goes and its text, offered back when that question is asked again.
   */
  unfinished?: { at: (string | number)[]; text: string };
  /** The analyst agreed to replace the existing file at `file` (asked before the first question). */
  overwrite?: boolean;
  /** When the draft was started and last saved (ISO date-times). */
  created: string;
  updated: string;
}
