import type { Check, PromptApi } from "../../src/prompts/types.js";

/** The kinds of prompt a PromptApi asks. */
export type PromptKind = "input" | "editor" | "select" | "confirm";

/** Matches a prompt's message: a substring or a pattern. */
export type MessageMatch = string | RegExp;

/** Typed for an input: Enter on an empty line, which takes the prompt's default. */
export const ENTER: unique symbol = Symbol("enter");

/** One scripted answer. */
export type ScriptEntry =
  | {
      kind: "input" | "editor";
      message?: MessageMatch;
      answer: string | typeof ENTER;
      /** The prompt's validate must reject the answer with this message; the next entry answers again. */
      rejectedWith?: MessageMatch;
    }
  | { kind: "select"; message?: MessageMatch; value?: unknown; name?: MessageMatch }
  | { kind: "confirm"; message?: MessageMatch; answer: boolean }
  | {
      kind: PromptKind | "any";
      message?: MessageMatch;
      throws: Error;
      /** Text typed at an input before it is stopped: the prompt's transformer sees it. */
      typed?: string;
    };

type AnswerEntry = Exclude<ScriptEntry, { throws: Error }>;

/** A prompt as the flow asked it, and what the script answered. */
export interface AskedPrompt {
  kind: PromptKind;
  message: string;
  default?: unknown;
  /** Whether the default was put on the line to edit. */
  prefill?: boolean;
  /** Choice names of a select. */
  choices?: string[];
  answer?: unknown;
  /** What the transformer shows while the answer is being typed (the live count). */
  shown?: string;
  /** Messages validate rejected scripted answers with. */
  rejections?: string[];
}

/** Thrown when the flow and the script disagree; never mistaken for a prompt exit. */
export class ScriptError extends Error {
  override name = "ScriptError";
}

const matches = (m: MessageMatch | undefined, text: string): boolean =>
  m === undefined || (typeof m === "string" ? text.includes(m) : m.test(text));

/** A scripted PromptApi: each prompt takes the next entry, which must be of its kind. */
export class FakePrompts implements PromptApi {
  readonly asked: AskedPrompt[] = [];
  readonly failures: string[] = [];
  private readonly queue: ScriptEntry[];

  constructor(script: ScriptEntry[]) {
    this.queue = [...script];
  }

  /** Fails unless every entry was used and nothing went wrong. */
  finish(): void {
    if (this.failures.length) throw new ScriptError(this.failures.join("\n"));
    if (this.queue.length)
      throw new ScriptError(
        `${this.queue.length} scripted answers were not asked for; next: ${describe(this.queue[0])}\nasked:\n${this.transcript()}`,
      );
  }

  /** The prompts asked so far, one line each. */
  transcript(): string {
    return this.asked.map((a) => `${a.kind} ${JSON.stringify(a.message)}`).join("\n");
  }

  private fail(message: string): never {
    const full = `${message}\nasked so far:\n${this.transcript()}`;
    this.failures.push(full);
    throw new ScriptError(full);
  }

  private take(kind: PromptKind, message: string): AnswerEntry {
    const entry = this.queue.shift();
    if (!entry) return this.fail(`the script ran out at ${kind} ${JSON.stringify(message)}`);
    if ("throws" in entry) {
      if (entry.kind !== "any" && entry.kind !== kind)
        this.fail(`expected ${describe(entry)}, the flow asked ${kind} ${JSON.stringify(message)}`);
      this.asked.push({ kind, message });
      throw entry.throws;
    }
    if (entry.kind !== kind || !matches(entry.message, message))
      this.fail(`expected ${describe(entry)}, the flow asked ${kind} ${JSON.stringify(message)}`);
    return entry;
  }

  /** Answers as a prompt does: asynchronously, a thrown error becoming a rejection. */
  private later<T>(answer: () => T): Promise<T> {
    return new Promise<T>((resolve) => resolve(answer()));
  }

  private text(kind: "input" | "editor", q: TextQ): string {
    const rejections: string[] = [];
    const said = (a: string) => JSON.stringify(a);
    for (;;) {
      // Typing before a stop shows in the transformer, as each keystroke does in a terminal.
      const next = this.queue[0];
      if (next && "throws" in next && next.typed !== undefined)
        q.transformer?.(next.typed, { isFinal: false });
      const entry = this.take(kind, q.message);
      if (entry.kind !== "input" && entry.kind !== "editor") return this.fail("bad entry");
      const answer = entry.answer === ENTER ? (q.default ?? "") : entry.answer;
      const verdict = q.validate ? q.validate(answer) : true;
      if (entry.rejectedWith !== undefined) {
        if (verdict === true)
          this.fail(`${said(answer)} was accepted by ${said(q.message)}, expected a rejection`);
        if (!matches(entry.rejectedWith, verdict))
          this.fail(
            `${said(answer)} was rejected with "${verdict}", expected ${String(entry.rejectedWith)}`,
          );
        rejections.push(verdict);
        continue;
      }
      if (verdict !== true)
        this.fail(`${said(answer)} was rejected by ${said(q.message)}: ${verdict}`);
      const shown = q.transformer?.(answer, { isFinal: false });
      this.asked.push({
        kind,
        message: q.message,
        default: q.default,
        ...(q.prefill ? { prefill: true } : {}),
        answer,
        ...(shown !== undefined ? { shown } : {}),
        ...(rejections.length ? { rejections } : {}),
      });
      return answer;
    }
  }

  input(q: TextQ): Promise<string> {
    return this.later(() => this.text("input", q));
  }

  editor(q: TextQ): Promise<string> {
    return this.later(() => this.text("editor", q));
  }

  select<T>(q: SelectQ<T>): Promise<T> {
    return this.later(() => {
      const entry = this.take("select", q.message);
      if (entry.kind !== "select") return this.fail("bad entry");
      const names = q.choices.map((c) => c.name);
      const choice = q.choices.find((c) =>
        entry.name !== undefined
          ? matches(entry.name, c.name)
          : c.value === (entry.value === undefined ? q.default : entry.value),
      );
      if (!choice)
        return this.fail(`${describe(entry)}: no such choice; choices: ${names.join(" | ")}`);
      const { message, default: dflt } = q;
      this.asked.push({
        kind: "select",
        message,
        default: dflt,
        choices: names,
        answer: choice.value,
      });
      return choice.value;
    });
  }

  confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    return this.later(() => {
      const entry = this.take("confirm", q.message);
      if (entry.kind !== "confirm") return this.fail("bad entry");
      this.asked.push({
        kind: "confirm",
        message: q.message,
        default: q.default,
        answer: entry.answer,
      });
      return entry.answer;
    });
  }
}

interface TextQ {
  message: string;
  default?: string;
  prefill?: boolean;
  validate?: Check;
  transformer?: (value: string, state: { isFinal: boolean }) => string;
}
interface SelectQ<T> {
  message: string;
  choices: { name: string; value: T; description?: string }[];
  default?: T;
}

function describe(entry: ScriptEntry | undefined): string {
  if (!entry) return "nothing";
  const what = "throws" in entry ? `throw ${entry.throws.name}` : JSON.stringify(entry, replacer);
  return `${entry.kind} ${String(entry.message ?? "(any message)")} ${what}`;
}
const replacer = (_: string, v: unknown) =>
  v === ENTER ? "<Enter>" : v instanceof RegExp ? String(v) : v;

type E = ScriptEntry;
type M = MessageMatch;

/** Script builders, so a flow reads as the questions it asks. */
export const say = {
  input: (message: M, answer: string): E => ({ kind: "input", message, answer }),
  /** Enter on an empty line: the default. */
  enter: (message?: M): E => ({ kind: "input", ...(message ? { message } : {}), answer: ENTER }),
  /** An answer the prompt must refuse with `error`; the next entry answers the same prompt. */
  rejected: (message: M, answer: string, error: M): E => ({
    kind: "input",
    message,
    answer,
    rejectedWith: error,
  }),
  editor: (message: M, answer: string): E => ({ kind: "editor", message, answer }),
  /** A select answered with a value (or the default when value is undefined). */
  select: (message: M, value?: unknown): E => ({ kind: "select", message, value }),
  /** A select answered by choice name. */
  choose: (message: M, name: M): E => ({ kind: "select", message, name }),
  confirm: (message: M, answer: boolean): E => ({ kind: "confirm", message, answer }),
  /** Ctrl-C at the next prompt: inquirer's ExitPromptError. */
  ctrlC: (kind: PromptKind | "any" = "any", message?: M): E => {
    const error = new Error("User force closed the prompt with SIGINT");
    error.name = "ExitPromptError";
    return { kind, ...(message !== undefined ? { message } : {}), throws: error };
  },
  /** Ctrl-C at an input after `typed` was typed there. */
  ctrlCTyping: (message: M, typed: string): E => {
    const error = new Error("User force closed the prompt with SIGINT");
    error.name = "ExitPromptError";
    return { kind: "input", message, throws: error, typed };
  },
};

/**
 * A section's bullets typed in a row, then Enter on an empty line to end the list (not
 * asked once the list holds `max`).
 */
export function bullets(label: string, items: string[], max = Infinity): ScriptEntry[] {
  const typed = items.map((text, i) => say.input(`${label} bullet ${i + 1}`, text));
  return items.length < max
    ? [...typed, say.input(`${label} bullet ${items.length + 1}`, "")]
    : typed;
}

/** The metadata questions, answered with defaults except where given. */
export function meta(
  answers: {
    date?: string;
    author?: string;
    tags?: string;
    status?: string;
    confidence?: string;
  } = {},
): ScriptEntry[] {
  const text = (m: string, v: string | undefined) =>
    v === undefined ? say.enter(m) : say.input(m, v);
  return [
    text("Date", answers.date),
    text("Author", answers.author),
    text("Tags", answers.tags),
    say.select("Status", answers.status),
    say.select("Confidence", answers.confidence),
    say.confirm("Add a source?", false),
  ];
}

/** A complete standard briefing, as answers; it validates clean. */
export const standard = {
  headline: "Port strike halts grain exports from Odesa",
  summary:
    "Dock workers at Odesa stopped loading grain on 2 March. Exports fell by half in the first week.",
  details: {
    lead: "The strike began after pay talks broke down.",
    bullets: ["Three terminals stopped work on 2 March.", "Forty ships wait outside the harbour."],
  },
  context: {
    lead: "Port wages have lagged inflation since 2024.",
    bullets: [
      "Consumer prices rose 14% last year.",
      "The union last struck in 2019, for nine days.",
    ],
  },
  important: {
    lead: "Buyers are turning to Romanian ports.",
    bullets: [
      "Constanta reports record bookings for March.",
      "Freight rates on the Danube route rose 9%.",
    ],
  },
  conclusion: "The strike is likely to end within two weeks, once the port operator raises pay.",
};

const LABELS = { details: "Details", context: "Context", important: "Important to Know" } as const;

/** The prompts for one standard section: its lead, then its bullets. */
export function standardSection(id: keyof typeof LABELS): ScriptEntry[] {
  return [
    say.input(`${LABELS[id]}. The lead sentence`, standard[id].lead),
    ...bullets(LABELS[id], standard[id].bullets),
  ];
}

/** Every prompt of a standard briefing from the headline to the review's Save. */
export function standardScript(): ScriptEntry[] {
  return [
    say.input("Headline", standard.headline),
    say.input("Summary", standard.summary),
    ...standardSection("details"),
    ...standardSection("context"),
    ...standardSection("important"),
    say.input("Conclusion", standard.conclusion),
    ...meta({ date: "2026-03-04", author: "Ann Analyst", tags: "ports, grain" }),
    say.select("Save this briefing?", "save"),
  ];
}
