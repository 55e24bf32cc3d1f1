import { afterEach, beforeEach } from "@jest/globals";
import * as pty from "node-pty";
import { join } from "node:path";
import { root, tempDir } from "./paths.js";

/** Keys as a terminal sends them. */
export const keys = {
  enter: "\r",
  down: "\u001b[B",
  up: "\u001b[A",
  ctrlC: "\u0003",
  /** Clears the line left of the cursor. */
  ctrlU: "\u0015",
  backspace: "\u007f",
} as const;

/** Removes ANSI escape sequences (CSI, OSC and two-character escapes) and carriage returns. */
export function stripTerminal(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "")
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)/g, "")
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b[@-Z\\-_]/g, "")
      .replace(/\r/g, "")
  );
}

/** A running `briefing` in a pseudo-terminal. */
export interface PtySession {
  /** Everything printed so far, escapes stripped. */
  output(): string;
  /** Everything printed so far, raw. */
  raw(): string;
  /**
   * Waits until `pattern` appears in the output printed after the last match (so
   * repeated prompts are told apart), then moves the mark past it.
   */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Types text as one write. */
  write(data: string): void;
  /** Types text one character at a time, as a person would. */
  type(text: string): Promise<void>;
  /** Sends a signal to the process. */
  kill(signal: string): void;
  /** Resolves with the exit code and signal when the process ends. */
  exited: Promise<{ exitCode: number; signal?: number }>;
  /** Waits for the exit, failing after a timeout. */
  waitExit(timeoutMs?: number): Promise<{ exitCode: number; signal?: number }>;
}

const bin = join(root, "bin", "briefing.js");

/** Starts the built CLI (`node bin/briefing.js ...args`) in a 100×40 pseudo-terminal. */
export function startBriefing(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): PtySession {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...options.env }))
    if (v !== undefined && k !== "CI" && !k.startsWith("JEST_")) env[k] = v;
  env.NO_COLOR = "1";
  env.TERM = "xterm-256color";
  delete env.FORCE_COLOR;
  const child = pty.spawn(process.execPath, [bin, ...args], {
    name: "xterm-256color",
    cols: 100,
    rows: 40,
    cwd: options.cwd,
    env,
  });
  let raw = "";
  let mark = 0;
  child.onData((d) => (raw += d));
  const exited = new Promise<{ exitCode: number; signal?: number }>((done) =>
    child.onExit((e) => done(e)),
  );
  let ended = false;
  void exited.then(() => (ended = true));

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const output = () => stripTerminal(raw);

  return {
    output,
    raw: () => raw,
    exited,
    async waitFor(pattern, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const text = output().slice(mark);
        const found =
          typeof pattern === "string"
            ? { index: text.indexOf(pattern), length: pattern.length }
            : (() => {
                const m = pattern.exec(text);
                return { index: m ? m.index : -1, length: m ? m[0].length : 0 };
              })();
        if (found.index >= 0) {
          const end = mark + found.index + found.length;
          const seen = output().slice(mark, end);
          mark = end;
          return seen;
        }
        if (ended || Date.now() > deadline)
          throw new Error(
            `${ended ? "the process ended" : "timed out"} waiting for ${String(pattern)}; output after the mark:\n${text.slice(-2000)}`,
          );
        await sleep(20);
      }
    },
    write(data) {
      child.write(data);
    },
    async type(text) {
      for (const ch of text) {
        child.write(ch);
        await sleep(2);
      }
    },
    kill(signal) {
      child.kill(signal);
    },
    async waitExit(timeoutMs = 10_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, fail) => {
        timer = setTimeout(
          () => fail(new Error(`the process did not exit:\n${output().slice(-2000)}`)),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([exited, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Waits for a prompt, then types the answer and Enter. */
export async function answer(s: PtySession, prompt: string, text: string): Promise<void> {
  await s.waitFor(`? ${prompt}`);
  await s.type(text);
  s.write(keys.enter);
}

/** Waits for a menu and picks the entry `downs` places below the highlighted one. */
export async function pick(s: PtySession, prompt: string, downs = 0): Promise<void> {
  await s.waitFor(`? ${prompt}`);
  for (let i = 0; i < downs; i++) s.write(keys.down);
  s.write(keys.enter);
}

/** A temporary folder per test (drafts in `drafts/`), and the session started there, ended after it. */
export function ptyWorkspace(): {
  dir(): string;
  drafts(): string;
  start(args: string[], env?: Record<string, string>): PtySession;
} {
  let dir = "";
  let cleanup: () => void = () => undefined;
  let session: PtySession | undefined;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(async () => {
    session?.kill("SIGKILL");
    await session?.exited;
    session = undefined;
    cleanup();
  });
  return {
    dir: () => dir,
    drafts: () => join(dir, "drafts"),
    start(args, env = {}) {
      session = startBriefing(args, {
        cwd: dir,
        env: { BRIEFING_DRAFTS: join(dir, "drafts"), HOME: dir, ...env },
      });
      return session;
    },
  };
}
