import type { Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import type { AnswerContext } from "./steps.js";
import type { Draft, PromptApi } from "./types.js";

/** What the flow needs from outside: saving drafts, rendering, checking and saving the briefing. */
export interface FlowDeps {
  api: PromptApi;
  /** Templates to choose from, by id. */
  templates: ReadonlyMap<string, Template>;
  /** Checking context for a template (rules and levels from the configuration). */
  context(template: Template): AnswerContext;
  /** Saves the draft; called after every answer. */
  saveDraft(draft: Draft): Promise<void>;
  /** The briefing as `briefing show` prints it. */
  render(briefing: Briefing, template: Template): string | Promise<string>;
  /** Problems of the whole briefing, as one line each (errors only block saving). */
  problems(briefing: Briefing, template: Template): { errors: string[]; warnings: string[] };
  /** Prints a line between prompts. */
  print(text: string): void;
  /** Default author, from the configuration. */
  author?: string;
  /** Dim styling for hints. */
  dim(text: string): string;
  /** The warning colour: a count past its limit, a warning under an answer. */
  warn?(text: string): string;
  /**
   * Wraps text to the terminal on word boundaries: `first` before the first line, `rest`
   * before the others. Plain concatenation when absent.
   */
  wrap?(text: string, first: string, rest: string): string | Promise<string>;
}

/** Result of a finished flow. */
export type FlowResult =
  { action: "save"; briefing: Briefing; template: Template } | { action: "cancel" };

/** Prints a finding (or any note) wrapped under the last answer, with a hanging indent. */
export async function printNote(
  deps: FlowDeps,
  label: string,
  text: string,
  style: (text: string) => string,
): Promise<void> {
  const first = `  ${label}: `;
  const rest = " ".repeat(first.length);
  const wrapped = deps.wrap ? await deps.wrap(text, first, rest) : `${first}${text}`;
  deps.print(wrapped.split("\n").map(style).join("\n"));
}
