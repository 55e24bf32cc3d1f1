import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { slugify } from "../core/naming.js";
import { leadRequired, sectionRequired, type Template } from "../core/template.js";
import type { Briefing } from "../core/types.js";
import { ExitCode, UsageError } from "../errors.js";
import type { Io } from "../io/host.js";
import { displayPath } from "../io/inputs.js";
import { draftsDir, listDrafts, loadDraft, newDraftPath } from "../io/drafts.js";
import { writeOutput } from "../io/output.js";
import { createTaskContext, type TaskContext } from "../io/context.js";
import type { Draft, PromptApi, Step } from "../prompts/types.js";
import { interactive, needsTerminal, promptsFor, runAuthoring } from "./author.js";

/** Options of `briefing new`. */
export interface NewOptions {
  /** Where to save; `<outDir>/<date>-<slug>.yaml` when absent. */
  file?: string;
  /** Template id or file. */
  template?: string;
  /** Answers file (YAML or JSON shaped like a briefing), or `-` for stdin. */
  answers?: string;
  /** Resume a draft: its path, or true for the newest. */
  resume?: string | boolean;
  /** Overwrite an existing file without asking. */
  force?: boolean;
  /** `--config` file. */
  config?: string;
  /** Colour override. */
  color?: boolean;
}

/** Dependencies tests replace: the prompts. */
export interface NewDeps {
  prompts?: PromptApi;
}

/** The parts a briefing still lacks, named as an analyst would. */
export function missingParts(briefing: Partial<Briefing>, template: Template): string[] {
  const missing: string[] = [];
  if (!briefing.headline?.trim()) missing.push("headline");
  if (!briefing.summary?.trim()) missing.push("summary");
  for (const spec of template.sections) {
    const section = briefing.sections?.find((s) => s.id === spec.id);
    if (!section) {
      if (sectionRequired(spec)) missing.push(`section "${spec.label}"`);
      continue;
    }
    if (leadRequired(spec) && !section.lead?.trim()) missing.push(`the lead of "${spec.label}"`);
  }
  if (!briefing.conclusion?.trim()) missing.push("conclusion");
  return missing;
}

/** The first of the steps whose part the answers lack. */
function firstMissingStep(draft: Draft, template: Template, steps: readonly Step[]): Step {
  const a = draft.answers;
  for (const step of steps) {
    if (step.kind === "headline" && !a.headline) return step;
    if (step.kind === "summary" && !a.summary) return step;
    if (step.kind === "lead") {
      const spec = template.sections.find((s) => s.id === step.section);
      const section = a.sections?.find((s) => s.id === step.section);
      if (!section && sectionRequired(spec)) return step;
      if (section && !section.lead && leadRequired(spec)) return step;
    }
    if (step.kind === "bullets") {
      const spec = template.sections.find((s) => s.id === step.section);
      const section = a.sections?.find((s) => s.id === step.section);
      if (section && (section.bullets?.length ?? 0) < (spec?.bullets?.min ?? 0)) return step;
    }
    if (step.kind === "conclusion" && !a.conclusion) return step;
  }
  return { kind: "review" };
}

/** Where a new briefing is saved when no file is named. */
function defaultFile(briefing: Briefing, task: TaskContext, io: Io): string {
  const date =
    /^\d{4}-\d{2}-\d{2}/.exec(briefing.meta?.date ?? "")?.[0] ??
    new Date().toISOString().slice(0, 10);
  return join(task.config.outDir ?? io.cwd, `${date}-${slugify(briefing.headline)}.yaml`);
}

/**
 * Where to save when `abs` already exists: there, once the analyst agrees to replace it
 * (recorded in the draft, so a resume does not ask again), or another file they name.
 */
async function chooseTarget(api: PromptApi, draft: Draft, abs: string, io: Io): Promise<string> {
  let target = abs;
  while (existsSync(target)) {
    const shown = displayPath(io.cwd, target);
    const replace = await api.confirm({
      message: `${shown} already exists. Replace it when the briefing is saved?`,
      default: false,
    });
    if (replace) {
      draft.overwrite = true;
      return target;
    }
    const other = await api.input({
      message: "Save to which file instead?",
      validate: (v) => (v.trim() ? true : "give a file name, like brief.yaml"),
    });
    target = resolve(io.cwd, other.trim());
  }
  delete draft.overwrite;
  return target;
}

/** Saves the briefing; an existing file is replaced only with --force or the analyst's yes. */
async function save(
  briefing: Briefing,
  draft: Draft,
  target: string,
  options: NewOptions,
  io: Io,
  api: PromptApi | undefined,
  editorSchema: string | undefined,
): Promise<string> {
  let abs = isAbsolute(target) ? target : resolve(io.cwd, target);
  const agreed = options.force === true || (draft.overwrite === true && abs === draft.file);
  if (!agreed && existsSync(abs)) {
    if (!api)
      throw new UsageError(
        `${displayPath(io.cwd, abs)} already exists; use --force to overwrite it`,
      );
    abs = await chooseTarget(api, draft, abs, io);
  }
  const shown = displayPath(io.cwd, abs);
  const { briefingFileText } = await import("../core/serialize.js");
  const { schemaRef } = await import("../io/schema-ref.js");
  const schema = schemaRef(abs, briefing.template, editorSchema);
  writeOutput(abs, briefingFileText(briefing, "yaml", schema), shown, {
    force: true,
    followLinks: true,
  });
  return shown;
}

export async function runNew(options: NewOptions, io: Io, deps: NewDeps = {}): Promise<number> {
  const canAsk = deps.prompts !== undefined || interactive(io);
  if (!options.answers && !canAsk) throw needsTerminal("new");
  const task = await createTaskContext({
    cwd: io.cwd,
    ...(options.template ? { template: options.template } : {}),
    ...(options.config ? { config: options.config } : {}),
  });
  const dir = draftsDir(io.env);
  let draftPath: string;
  let draft: Draft;
  if (options.resume) {
    draftPath =
      typeof options.resume === "string"
        ? resolve(io.cwd, options.resume)
        : (listDrafts(dir)[0]?.path ?? "");
    if (!draftPath) throw new UsageError(`no drafts to resume in ${dir}`);
    draft = loadDraft(draftPath);
    // A draft of an edit goes back to edit, which writes into the original file.
    if (draft.editing) {
      const { runEdit } = await import("./edit.js");
      return runEdit(
        { file: draft.editing, ...(options.config ? { config: options.config } : {}) },
        io,
        {
          ...(deps.prompts ? { prompts: deps.prompts } : {}),
          resume: { draft, path: draftPath },
        },
      );
    }
    if (options.file) draft.file = resolve(io.cwd, options.file);
  } else {
    const now = new Date().toISOString();
    draftPath = newDraftPath(dir, new Date());
    draft = { version: 1, answers: {}, step: { kind: "headline" }, created: now, updated: now };
    const template =
      task.check.defaultTemplate ??
      (options.template ? undefined : task.check.templates.size > 1 ? undefined : "standard");
    if (template) draft.template = template;
    if (options.file) draft.file = resolve(io.cwd, options.file);
  }

  if (options.answers) {
    // Loaded only here: reading an answers file takes the full YAML parser, which the
    // interactive path does not need before its first question.
    const { readAnswers } = await import("./answers.js");
    const answers = await readAnswers(options.answers, io, task.config.limits.maxFileSize);
    const { draftToBriefing, stepsOf } = await import("../prompts/steps.js");
    const { briefingProblems } = await import("./author-flow.js");
    draft.template ??= typeof answers.template === "string" ? answers.template : "standard";
    const template = task.check.templates.get(draft.template);
    if (!template) throw new UsageError(`unknown template "${draft.template}"`);
    draft.answers = { ...answers, template: template.id };
    const missing = missingParts(answers, template);
    if (missing.length > 0 && !canAsk) {
      io.stderr.write(`briefing: the answers lack ${missing.join(", ")}\n`);
      return ExitCode.Problems;
    }
    if (missing.length === 0) {
      const briefing = draftToBriefing(draft, template);
      const { errors } = briefingProblems(briefing, template, task);
      if (errors.length > 0) {
        for (const e of errors) io.stderr.write(`briefing: ${options.answers}: ${e}\n`);
        return ExitCode.Problems;
      }
      const shown = await save(
        briefing,
        draft,
        draft.file ?? defaultFile(briefing, task, io),
        options,
        io,
        undefined,
        task.config.editorSchema,
      );
      io.stdout.write(`Saved ${shown}\n`);
      return ExitCode.Ok;
    }
    draft.step = firstMissingStep(draft, template, stepsOf(template));
  }

  const api = promptsFor(io, deps.prompts);
  return runAuthoring(
    io,
    task,
    api,
    draft,
    draftPath,
    options.color,
    (briefing) =>
      save(
        briefing,
        draft,
        draft.file ?? defaultFile(briefing, task, io),
        options,
        io,
        api,
        task.config.editorSchema,
      ),
    // A file named on the command line that exists is settled before the first question,
    // so no answer is typed towards a save that would then be refused.
    async () => {
      if (draft.file && !options.force && !draft.overwrite)
        draft.file = await chooseTarget(api, draft, draft.file, io);
    },
  );
}
