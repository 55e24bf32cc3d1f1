// One text question, as every part of the flow asks it: the old value on the line to edit,
// `:e` for $EDITOR, and the text being typed kept in the draft if the run is stopped.
import { paragraphs } from "../render/sanitize.js";
import type { Check, Draft, PromptApi } from "./types.js";

/** Typed instead of an answer, opens $EDITOR. */
export const EDITOR_ESCAPE = ":e";

/** What a text question needs from the flow (its FlowDeps satisfy it). */
export interface TextDeps {
  api: PromptApi;
  /** Saves the draft. */
  saveDraft(draft: Draft): Promise<void>;
  /** Dim styling for hints. */
  dim(text: string): string;
}

/** One text question. */
export interface TextQuestion {
  message: string;
  /** Where the answer goes in the briefing: unfinished text is kept under this path. */
  path: (string | number)[];
  /** The value the part has now: put on the line to be edited in place. */
  current?: string | undefined;
  validate?: Check;
  /** Shown after the typed text while typing (the live count). */
  suffix?: (value: string) => string | undefined;
  /** Whether the text may hold paragraphs; otherwise the editor's lines are joined into one. */
  paragraphs?: boolean;
  /** Whether to say in the prompt that `:e` opens the editor (it works either way). */
  editorHint?: boolean;
}

const samePath = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The unfinished answer the draft holds for a path, if any. */
export function unfinishedAt(draft: Draft, path: (string | number)[]): string | undefined {
  const u = draft.unfinished;
  return u && samePath(u.at, path) ? u.text : undefined;
}

/**
 * Asks one text question and returns the trimmed answer. While the analyst types, the
 * text is followed keystroke by keystroke (through the prompt's transformer), so when
 * the prompt is stopped the half-typed answer is saved in the draft, marked unfinished,
 * before the stop goes on; asked again, the question starts from that text.
 */
export async function askLine(deps: TextDeps, draft: Draft, q: TextQuestion): Promise<string> {
  const restored = unfinishedAt(draft, q.path);
  const start = restored ?? q.current ?? "";
  // Text of several paragraphs cannot be put on one line (a line break would end the
  // answer): Enter keeps it, and the editor changes it.
  const multiline = start.includes("\n");
  const hints: string[] = [];
  if (restored !== undefined) hints.push("unfinished answer restored");
  if (start && !multiline) hints.push("edit it in place, Enter keeps it");
  if (multiline) hints.push(`Enter keeps it, ${EDITOR_ESCAPE} edits it in your editor`);
  else if (q.editorHint) hints.push(`${EDITOR_ESCAPE} opens your editor`);
  const message = hints.length ? `${q.message} ${deps.dim(`(${hints.join("; ")})`)}` : q.message;
  const validate: Check = q.validate ?? (() => true);
  let typed = multiline ? "" : start;
  let answer: string;
  try {
    answer = await deps.api.input({
      message,
      ...(start ? { default: start, prefill: !multiline } : {}),
      validate: (value) => (value.trim() === EDITOR_ESCAPE ? true : validate(value)),
      transformer: (value, state) => {
        if (!state.isFinal) typed = value;
        const suffix = state.isFinal ? undefined : q.suffix?.(value);
        return suffix ? `${value}  ${suffix}` : value;
      },
    });
  } catch (error) {
    await keepUnfinished(deps, draft, q.path, typed, multiline ? "" : start);
    throw error;
  }
  if (answer.trim() === EDITOR_ESCAPE) {
    const text = await deps.api.editor({
      message: q.message,
      ...(start ? { default: start } : {}),
      validate: (value) => validate(joinEdited(value, q.paragraphs)),
    });
    answer = joinEdited(text, q.paragraphs);
  }
  if (restored !== undefined) delete draft.unfinished;
  return answer.trim();
}

/** Text from the editor as an answer: a blank line starts a paragraph; other breaks are wrapping. */
function joinEdited(text: string, keepParagraphs: boolean | undefined): string {
  return paragraphs(text).join(keepParagraphs ? "\n\n" : " ");
}

/** Saves text that was being typed when the prompt stopped, unless it is nothing new. */
async function keepUnfinished(
  deps: TextDeps,
  draft: Draft,
  path: (string | number)[],
  typed: string,
  start: string,
): Promise<void> {
  if (typed.trim() === "" || typed === start || typed.trim() === EDITOR_ESCAPE) return;
  draft.unfinished = { at: path, text: typed };
  try {
    await deps.saveDraft(draft);
  } catch {
    // The stop is reported either way; the draft as last saved still holds every answer.
  }
}
