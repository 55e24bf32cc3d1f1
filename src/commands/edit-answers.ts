// `edit --answers FILE`: a partial briefing applied without questions, for scripts and
// bots. Only the parts the file gives change; the rest of the briefing, and every byte
// of the file around what changed, stays.
import { ExitCode } from "../errors.js";
import type { Io } from "../io/host.js";
import type { Briefing } from "../core/types.js";
import type { Template } from "../core/template.js";
import type { TaskContext } from "../io/context.js";
import { briefingProblems } from "./author-flow.js";
import { isRecord } from "../core/types.js";

/**
 * The briefing with the answers laid over it: mappings merge key by key, sections merge
 * by id (a section the answers name is changed, the others kept, a new id is added at the
 * end), and any other list or text is replaced whole.
 */
export function mergeAnswers(original: unknown, answers: unknown, key?: string): unknown {
  if (key === "sections" && Array.isArray(original) && Array.isArray(answers)) {
    const out = original.map((s) => structuredClone(s) as unknown);
    for (const given of answers) {
      const id = isRecord(given) ? given.id : undefined;
      const at = out.findIndex((s) => isRecord(s) && s.id === id);
      if (at >= 0) out[at] = mergeAnswers(out[at], given);
      else out.push(structuredClone(given));
    }
    return out;
  }
  if (isRecord(original) && isRecord(answers)) {
    const out: Record<string, unknown> = { ...original };
    for (const [k, v] of Object.entries(answers)) out[k] = mergeAnswers(original[k], v, k);
    return out;
  }
  return structuredClone(answers);
}

/** What `edit --answers` needs from the command. */
export interface AnswersEdit {
  /** The briefing as the file holds it. */
  original: Briefing;
  /** The answers file's data. */
  answers: Record<string, unknown>;
  /** The answers file as given, for messages. */
  answersPath: string;
  /** The briefing file as shown. */
  shown: string;
  template: Template;
  task: TaskContext;
  /** Writes the edited briefing. */
  write: (after: Briefing) => void;
}

/** Applies the answers, refusing (exit 1, the file untouched) a result that has errors. */
export function applyAnswers(edit: AnswersEdit, io: Io): number {
  const after = mergeAnswers(edit.original, edit.answers) as Briefing;
  const { errors } = briefingProblems(after, edit.template, edit.task);
  if (errors.length > 0) {
    for (const e of errors) io.stderr.write(`briefing: ${edit.answersPath}: ${e}\n`);
    io.stderr.write(`briefing: ${edit.shown} not changed\n`);
    return ExitCode.Problems;
  }
  edit.write(after);
  io.stdout.write(`Saved ${edit.shown}\n`);
  return ExitCode.Ok;
}
