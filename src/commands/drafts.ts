import { plural } from "../core/words.js";
import { existsSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import stringWidth from "string-width";
import { stringify } from "yaml";
import { ExitCode, IoError, UsageError, describeFsError } from "../errors.js";
import type { Io } from "../io/host.js";
import { draftsDir, listDrafts, loadDraft, removeDraft } from "../io/drafts.js";
import type { Draft } from "../prompts/types.js";
import { oneLine } from "../render/sanitize.js";

/** Options of `briefing drafts prune`. */
export interface PruneOptions {
  /** Age past which a draft is removed: a number and a unit, `30d`, `12h`, `2w`, `90m`. */
  olderThan: string;
  /** List what would be removed, and remove nothing. */
  dryRun?: boolean;
}

const UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** An age such as `30d` in milliseconds; undefined when it is not one. */
export function parseAge(text: string): number | undefined {
  const match = /^(\d+)\s*([mhdw])$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = UNITS[(match[2] as string).toLowerCase()] as number;
  return Number(match[1]) * unit;
}

/**
 * `text` cut to `width` terminal columns (wide characters count two), ending in "…" when
 * cut, so one draft stays on one line however long its headline.
 */
export function cutToWidth(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 1) return "…".slice(0, Math.max(width, 0));
  let out = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(
    text,
  )) {
    const w = stringWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

function when(date: Date): string {
  return date.toISOString().slice(0, 16).replace("T", " ");
}

function nextStep(draft: Draft): string {
  const step =
    "section" in draft.step ? `${draft.step.kind} of ${draft.step.section}` : draft.step.kind;
  return draft.editing ? `${step}, editing ${oneLine(draft.editing)}` : step;
}

/** `briefing drafts`: the drafts waiting to be resumed, newest first. */
export function runDrafts(io: Io): number {
  const dir = draftsDir(io.env);
  const drafts = listDrafts(dir);
  if (drafts.length === 0) {
    io.stdout.write(`no drafts in ${dir}\n`);
    return ExitCode.Ok;
  }
  // On a terminal each draft's first line fits its width; piped, headlines stay whole.
  const width = io.stdout.isTTY ? (io.stdout.columns ?? 80) : undefined;
  for (const { path, draft, mtime } of drafts) {
    const start = `${when(mtime)}  `;
    const end = `  next: ${nextStep(draft)}`;
    const headline = draft.answers.headline ? oneLine(draft.answers.headline) : "";
    let what = headline ? `"${headline}"` : "(no headline yet)";
    if (width !== undefined && headline) {
      const room = Math.max(width - stringWidth(start) - stringWidth(end) - 2, 10);
      what = `"${cutToWidth(headline, room)}"`;
    }
    io.stdout.write(`${start}${what}${end}\n    briefing new --resume ${path}\n`);
  }
  return ExitCode.Ok;
}

/**
 * The draft a name or path means: a file in the drafts folder, by name (with or without
 * `.yaml`) or by path. A file elsewhere is refused, so `delete` can never remove anything
 * but a draft.
 */
function findDraft(dir: string, name: string, cwd: string): string {
  const byPath = resolve(cwd, name);
  const candidates = name.includes("/") || name.includes("\\") ? [byPath] : [];
  candidates.push(resolve(dir, name), resolve(dir, `${name}.yaml`));
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new UsageError(`no draft "${name}" in ${dir}; \`briefing drafts\` lists them`);
  if (dirname(path) !== resolve(dir))
    throw new UsageError(`${name} is not in the drafts folder ${dir}`);
  loadDraft(path);
  return path;
}

/** `briefing drafts show <draft>`: where a draft stands and every answer in it. */
export function runDraftsShow(name: string, io: Io): number {
  const path = findDraft(draftsDir(io.env), name, io.cwd);
  const draft = loadDraft(path);
  const lines = [
    `draft ${basename(path)}, last saved ${when(statSync(path).mtime)}`,
    `template: ${draft.template ?? "(not chosen yet)"}`,
    ...(draft.file ? [`saves to: ${oneLine(draft.file)}`] : []),
    `next: ${nextStep(draft)}`,
    `resume: briefing new --resume ${path}`,
    "",
  ];
  io.stdout.write(`${lines.join("\n")}\n${stringify(draft.answers)}`);
  return ExitCode.Ok;
}

/** `briefing drafts delete <draft...>`: removes drafts; every name is checked before any is removed. */
export function runDraftsDelete(names: readonly string[], io: Io): number {
  const dir = draftsDir(io.env);
  const paths = names.map((n) => findDraft(dir, n, io.cwd));
  for (const path of paths) remove(path);
  io.stdout.write(`deleted ${plural(paths.length, "draft")}\n`);
  return ExitCode.Ok;
}

/** `briefing drafts prune --older-than AGE`: removes drafts not saved within that age. */
export function runDraftsPrune(options: PruneOptions, io: Io, now = Date.now()): number {
  const age = parseAge(options.olderThan);
  if (age === undefined)
    throw new UsageError(
      `--older-than "${options.olderThan}" is not an age; give a number and a unit: 90m, 12h, 30d or 2w`,
    );
  const old = listDrafts(draftsDir(io.env)).filter((d) => now - d.mtime.getTime() > age);
  for (const { path } of old) {
    if (options.dryRun) io.stdout.write(`would delete ${path}\n`);
    else remove(path);
  }
  const count = plural(old.length, "draft");
  io.stdout.write(
    options.dryRun
      ? `${count} older than ${options.olderThan}\n`
      : `deleted ${count} older than ${options.olderThan}\n`,
  );
  return ExitCode.Ok;
}

function remove(path: string): void {
  try {
    removeDraft(path);
  } catch (error) {
    throw new IoError(`cannot delete the draft: ${describeFsError(error, path)}`);
  }
}
