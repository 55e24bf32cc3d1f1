import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { writeFileAtomicSync } from "./atomic.js";
import { DEFAULT_LIMITS } from "./config.js";
import { readFileWithin, TooBigError } from "./read.js";
import type { Draft } from "../prompts/types.js";
import { ConfigError, describeFsError, IoError } from "../errors.js";

/**
 * Where drafts live: `$BRIEFING_DRAFTS`, else `$XDG_STATE_HOME/briefing/drafts`, else
 * `~/.local/state/briefing/drafts`. Outside the project, so a draft never ends up in a
 * commit, and the same for every folder the analyst works in.
 */
export function draftsDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.BRIEFING_DRAFTS) return env.BRIEFING_DRAFTS;
  const state = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  return join(state, "briefing", "drafts");
}

/** A new draft file name: sortable by time, unique. */
export function newDraftPath(dir: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*/, "");
  return join(dir, `${stamp}-${Math.random().toString(36).slice(2, 8)}.yaml`);
}

/**
 * A draft's text: a comment saying how to resume it, then the draft as JSON, which is
 * also YAML (the file reads as either). JSON needs no parser to be loaded before the
 * first question is asked.
 */
export function draftText(path: string, draft: Draft): string {
  // Keys in reading order, whatever order the flow set them in.
  const { version, template, file, editing, overwrite, answers, step, unfinished, created } = draft;
  const data = {
    version,
    template,
    file,
    editing,
    overwrite,
    answers,
    step,
    unfinished,
    created,
    updated: new Date().toISOString(),
  };
  return `# briefing draft: resume with \`briefing new --resume ${path}\`\n${JSON.stringify(data, null, 2)}\n`;
}

/** Saves a draft atomically and durably: it may be all that is left of an analyst's work. */
export function saveDraft(path: string, draft: Draft): Promise<void> {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomicSync(path, draftText(path, draft), true);
  } catch (error) {
    return Promise.reject(new IoError(`cannot save the draft: ${describeFsError(error, path)}`));
  }
  return Promise.resolve();
}

/** Reads a draft. */
export function loadDraft(path: string): Draft {
  let text: string;
  try {
    text = readFileWithin(path, DEFAULT_LIMITS.maxFileSize).toString("utf8");
  } catch (error) {
    if (error instanceof TooBigError) throw new ConfigError(`${path} is not a briefing draft`);
    throw new IoError(`cannot read the draft: ${describeFsError(error, path)}`);
  }
  let draft: Draft | null;
  try {
    // Comment lines first, then the JSON (see draftText).
    draft = JSON.parse(text.replace(/^(?:#.*\n)*/, "")) as Draft | null;
  } catch {
    draft = null;
  }
  if (
    typeof draft !== "object" ||
    !draft ||
    draft.version !== 1 ||
    typeof draft.answers !== "object" ||
    !draft.step
  ) {
    throw new ConfigError(`${path} is not a briefing draft`);
  }
  return draft;
}

/** Drafts, newest first. */
export function listDrafts(dir: string): { path: string; draft: Draft; mtime: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".yaml"));
  } catch {
    return [];
  }
  const out: { path: string; draft: Draft; mtime: Date }[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      out.push({ path, draft: loadDraft(path), mtime: statSync(path).mtime });
    } catch {
      // Not a draft (or unreadable): left alone, not listed.
    }
  }
  return out.sort((a, b) => b.mtime.getTime() - a.mtime.getTime());
}

/** Removes a draft once its briefing is saved. */
export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}
