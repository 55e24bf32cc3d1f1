// A part of the briefing asked as text: checked by the rules set to error as it is typed,
// counted against its limit, and followed by the warnings `validate` would give it.
import { askLine } from "./text.js";
import { answerWarnings, checkAnswer, liveLimit, type AnswerContext } from "./steps.js";
import { printNote, type FlowDeps } from "./deps.js";
import type { Draft } from "./types.js";

/** One part's question. */
export interface PartQuestion {
  message: string;
  /** The part's path in the briefing (`["sections", 0, "bullets", 2]`). */
  path: (string | number)[];
  /** Its value now, to edit in place. */
  current?: string | undefined;
  /** Whether it may hold paragraphs (summary, lead, conclusion). */
  paragraphs?: boolean;
  /** Whether the prompt mentions `:e`. */
  editorHint?: boolean;
  /** What an empty answer means: accepted (true), or refused with this message. */
  empty?: true | string;
}

/** The live count after the typed text, in the warning colour once past the limit. */
export function countSuffix(
  deps: Pick<FlowDeps, "warn">,
  ctx: AnswerContext,
  path: (string | number)[],
  value: string,
): string | undefined {
  const l = liveLimit(ctx, path, value);
  if (!l) return undefined;
  const text = `${l.count}/${l.max} ${l.unit}`;
  return l.count > l.max && deps.warn ? deps.warn(text) : text;
}

/** Asks one part, then prints the warnings of its rules under the answer. */
export async function askPart(
  deps: FlowDeps,
  ctx: AnswerContext,
  draft: Draft,
  q: PartQuestion,
): Promise<string> {
  const answer = await askLine(deps, draft, {
    ...q,
    validate: (value) =>
      value.trim() === "" && q.empty !== undefined
        ? q.empty
        : checkAnswer(ctx, q.path, value.trim()),
    suffix: (value) => countSuffix(deps, ctx, q.path, value),
  });
  for (const w of answerWarnings(ctx, q.path, answer))
    await printNote(deps, "warning", `${w.message} (${w.rule})`, (t) =>
      deps.warn ? deps.warn(t) : t,
    );
  return answer;
}
