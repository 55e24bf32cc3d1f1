import { lstatSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";
import type { Briefing } from "../core/types.js";
import { decodeText } from "../core/decode.js";
import { IoError, UsageError, describeFsError } from "../errors.js";
import type { Io } from "../io/host.js";
import { displayPath } from "../io/inputs.js";
import { draftsDir, newDraftPath } from "../io/drafts.js";
import { DEFAULT_LIMITS } from "../io/config.js";
import { writeOutput } from "../io/output.js";
import { readFileWithin, TooBigError } from "../io/read.js";
import { createTaskContext } from "../io/context.js";
import type { Draft, PromptApi } from "../prompts/types.js";
import { applyFixes, type TextFix } from "../core/fix.js";
import { listSplices, sameData } from "./edit-splice.js";
import { readAnswers } from "./answers.js";
import { interactive, needsTerminal, promptsFor, runAuthoring } from "./author.js";

/** Options of `briefing edit`. */
export interface EditOptions {
  /** The briefing file. */
  file: string;
  /** `--config` file. */
  config?: string;
  /** Colour override. */
  color?: boolean;
  /** A partial briefing to apply without questions (`-` reads stdin). */
  answers?: string;
}

/**
 * Writes an edited briefing back into its YAML document: only values that changed are
 * replaced, so comments, key order and untouched formatting survive. A list whose length
 * changed is replaced whole; its siblings keep their comments.
 */
export function applyEdits(
  doc: Document,
  before: unknown,
  after: unknown,
  path: (string | number)[] = [],
): void {
  if (Array.isArray(after)) {
    const node = doc.getIn(path, true);
    if (Array.isArray(before) && before.length === after.length && isSeq(node)) {
      after.forEach((item, i) => applyEdits(doc, before[i], item, [...path, i]));
    } else {
      doc.setIn(path, doc.createNode(after));
    }
    return;
  }
  if (after !== null && typeof after === "object") {
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    const old = (before ?? {}) as Record<string, unknown>;
    if (!isMap(node)) {
      doc.setIn(path, doc.createNode(after));
      return;
    }
    for (const [key, value] of Object.entries(after))
      applyEdits(doc, old[key], value, [...path, key]);
    for (const key of Object.keys(old)) if (!(key in after)) doc.deleteIn([...path, key]);
    return;
  }
  if (before === after) return;
  const node = doc.getIn(path, true);
  if (isScalar(node)) node.value = after;
  else doc.setIn(path, after);
}

/** Same keys and list lengths everywhere: only text changed. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameShape(x, b[i]))
    );
  }
  if (a !== null && typeof a === "object" && b !== null && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        (k) =>
          k in b && sameShape((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return typeof a === typeof b;
}

/** The text values that differ, by JSON Pointer. */
function changedText(before: unknown, after: unknown, pointer = ""): TextFix[] {
  if (typeof after === "string") return after === before ? [] : [{ pointer, value: after }];
  if (after === null || typeof after !== "object") return [];
  return Object.entries(after).flatMap(([k, v]) =>
    changedText(
      (before as Record<string, unknown>)[k],
      v,
      `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`,
    ),
  );
}

/**
 * The edited file's text. When only text changed, each changed value is replaced where
 * it stands, in its own style, and every other byte stays; when parts were added or
 * removed, the document is updated node by node, which keeps comments and key order.
 */
export function editedText(text: string, before: unknown, after: unknown): string {
  if (sameShape(before, after)) return applyFixes(text, "yaml", changedText(before, after));
  const doc = parseDocument(text, { logLevel: "silent" });
  // A list that grew or shrank is replaced on its own, in its own style; the rest of the
  // file keeps every byte, and changed text elsewhere is then replaced where it stands.
  const splices = listSplices(doc, text, before, after);
  if (splices) {
    let out = text;
    for (const s of [...splices].sort((a, b) => b.start - a.start || b.end - a.end))
      out = out.slice(0, s.start) + s.text + out.slice(s.end);
    const spliced = parseDocument(out, { logLevel: "silent" });
    if (spliced.errors.length === 0) {
      const now = spliced.toJS() as unknown;
      if (sameShape(now, after)) {
        const result = applyFixes(out, "yaml", changedText(now, after));
        // Kept only when it reads back as exactly the edited briefing.
        if (sameData(parseDocument(result).toJS(), after)) return result;
      }
    }
  }
  applyEdits(doc, before, after);
  return doc.toString({ lineWidth: 0 });
}

/** The real path of a file, or the path itself when it cannot be resolved. */
function realpathOr(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

export async function runEdit(
  options: EditOptions,
  io: Io,
  deps: { prompts?: PromptApi; resume?: { draft: Draft; path: string } } = {},
): Promise<number> {
  if (!deps.prompts && !options.answers && !interactive(io)) throw needsTerminal("edit");
  const abs = resolve(io.cwd, options.file);
  const shown = displayPath(io.cwd, abs);
  // Saving replaces the file, and replacing a link would cut it from the file it points
  // to; say so before the first question, not after the last answer.
  if (lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new UsageError(
      `${shown} is a symbolic link; edit the file it points to (${displayPath(io.cwd, realpathOr(abs))})`,
    );
  let bytes: Buffer;
  try {
    bytes = readFileWithin(abs, DEFAULT_LIMITS.maxFileSize);
  } catch (error) {
    if (error instanceof TooBigError) throw new UsageError(error.describe(shown));
    throw new IoError(describeFsError(error, options.file));
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${shown}: ${decoded.message}`);
  if (/\.json$/i.test(abs))
    throw new UsageError(
      `${shown}: edit works on YAML briefings (JSON has no comments to keep); convert it with a YAML editor first`,
    );
  const doc = parseDocument(decoded.text, { logLevel: "silent" });
  const error = doc.errors[0];
  if (error)
    throw new UsageError(
      `${shown} does not parse (${error.message.split("\n")[0]}); fix it with briefing validate first`,
    );
  const original = doc.toJS() as Briefing;
  const task = await createTaskContext({
    cwd: io.cwd,
    ...(options.config ? { config: options.config } : {}),
  });
  const template = task.check.templates.get(
    original.template ?? task.check.defaultTemplate ?? "standard",
  );
  if (!template) throw new UsageError(`${shown} names an unknown template "${original.template}"`);

  if (options.answers) {
    const answers = await readAnswers(options.answers, io, task.config.limits.maxFileSize);
    const { applyAnswers } = await import("./edit-answers.js");
    return applyAnswers(
      {
        original,
        answers,
        answersPath: options.answers,
        shown,
        template,
        task,
        write: (after) =>
          writeOutput(abs, editedText(decoded.text, original, after), shown, { force: true }),
      },
      io,
    );
  }

  const now = new Date().toISOString();
  const draftPath = deps.resume?.path ?? newDraftPath(draftsDir(io.env), new Date());
  const draft: Draft = deps.resume?.draft ?? {
    version: 1,
    template: template.id,
    editing: abs,
    file: abs,
    answers: structuredClone(original),
    step: { kind: "review" },
    created: now,
    updated: now,
  };
  const after = (briefing: Briefing): unknown => {
    const { template: _t, ...rest } = briefing;
    return original.template ? briefing : rest;
  };
  return runAuthoring(
    io,
    task,
    promptsFor(io, deps.prompts),
    draft,
    draftPath,
    options.color,
    (briefing) => {
      writeOutput(abs, editedText(decoded.text, original, after(briefing)), shown, {
        force: true,
      });
      return Promise.resolve(shown);
    },
  );
}
