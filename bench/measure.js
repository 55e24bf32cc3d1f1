// Runs one measured command as a child Node process and returns its wall time and peak RSS.
// Every case goes through here, so the floors, ajv-cli and the CLI pay the same spawn cost.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../", import.meta.url));
export const bin = join(root, "bin", "briefing.js");
const rssPreload = join(root, "bench", "rss.cjs");
// Made on first use, so importing this module (as the report does) leaves nothing behind.
let scratch = null;
let serial = 0;
/** A path in this run's scratch folder, removed when the run ends. */
export function scratchFile(name) {
  scratch ??= mkdtempSync(join(tmpdir(), "briefing-bench-scratch-"));
  return join(scratch, name);
}
const rssFileName = () => scratchFile(`rss-${serial++}`);

/** A command that failed: its case gets no timing (it would mislead) and the run exits 1. */
export class CommandFailed extends Error {
  constructor(args, detail) {
    super(`command failed: ${[process.execPath, ...args].map(quote).join(" ")}\n${detail}`);
  }
}

const quote = (s) => (/^[\w./=:,@+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** Environment for a child: the RSS preload, kept alongside any NODE_OPTIONS already set. */
function childEnv(rssFile) {
  const options = [process.env.NODE_OPTIONS, `--require ${JSON.stringify(rssPreload)}`];
  return {
    ...process.env,
    NODE_OPTIONS: options.filter(Boolean).join(" "),
    BENCH_RSS_FILE: rssFile,
    NO_COLOR: "1",
  };
}

/** The largest maxRSS (KB) recorded by the child or its own children, in MB. */
function readRss(rssFile) {
  if (!existsSync(rssFile)) return null;
  const kb = readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number);
  rmSync(rssFile, { force: true });
  return kb.length > 0 ? Math.max(...kb) / 1024 : null;
}

/**
 * Runs `node ...args` once. A case may need a fresh output folder per run (made and removed
 * outside the timed span). With `verify`, stdout is captured and the case's check runs on it
 * and on the number of files written.
 */
export function runOnce(c, { verify = false } = {}) {
  const captureStdout = verify && Boolean(c.check);
  const outDir = c.freshOutDir ? mkdtempSync(join(tmpdir(), "briefing-bench-out-")) : null;
  const args = c.args.map((a) => (a === "{out}" ? outDir : a));
  const rssFile = rssFileName();
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: childEnv(rssFile),
    // stdout is discarded (like `> /dev/null`) unless checked; stderr is kept for failures.
    stdio: ["ignore", captureStdout ? "pipe" : "ignore", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const outFiles = outDir && captureStdout ? countFiles(outDir) : 0;
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  const rssMB = readRss(rssFile);
  if (result.error) throw new CommandFailed(args, String(result.error));
  if (!(c.statuses ?? [0]).includes(result.status)) {
    const stderr = result.stderr.toString().trim().split("\n").slice(-15).join("\n");
    throw new CommandFailed(args, `exit ${result.status ?? result.signal}\n${stderr}`);
  }
  if (captureStdout) {
    const wrong = c.check({ stdout: result.stdout.toString(), outFiles });
    if (wrong) throw new CommandFailed(args, wrong);
  }
  return { ms, rssMB };
}

// The export's record of what it wrote (.briefing-exports.json) is not an output.
const countFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name !== ".briefing-exports.json",
  ).length;

/** Whether the CLI has `name` as a real command: unknown commands print the top-level help. */
export function hasCommand(name) {
  const result = spawnSync(process.execPath, [bin, name, "--help"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return result.status === 0 && new RegExp(`^Usage: briefing ${name}\\b`, "m").test(result.stdout);
}

// The first prompt as @inquirer draws it: a line starting with "?" (after colour codes).
const PROMPT = /^\s*\?\s+\S/m;
// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, "");

/**
 * Time from spawning `briefing new` to its first prompt on screen. There is no
 * pseudo-terminal: bench/tty.cjs makes the pipes pass for a terminal. Once the prompt is
 * seen, Ctrl-C is typed so the command stops as a person would stop it, and records its
 * RSS on the way out. It runs in a scratch folder with its drafts there too, so nothing
 * lands in the repository or the home folder. Returns null when there is no `new` command.
 */
export async function measureFirstPrompt({
  available = hasCommand("new"),
  timeoutMs = 10000,
} = {}) {
  if (!available) return null;
  const args = [bin, "new"];
  const cwd = mkdtempSync(join(tmpdir(), "briefing-bench-new-"));
  const rssFile = rssFileName();
  const env = childEnv(rssFile);
  env.NODE_OPTIONS += ` --require ${JSON.stringify(join(root, "bench", "tty.cjs"))}`;
  env.BRIEFING_DRAFTS = join(cwd, "drafts");
  delete env.CI; // the command never prompts on CI
  const start = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd, env });
  let prompted = null;
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    if (prompted !== null || !PROMPT.test(stripAnsi(stdout))) return;
    prompted = Number(process.hrtime.bigint() - start) / 1e6;
    child.stdin.end("\u0003");
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdin.on("error", () => {}); // the child may exit before stdin closes
  const timer = setTimeout(() => child.kill(), timeoutMs);
  const code = await new Promise((resolve) => child.on("close", (status) => resolve(status)));
  clearTimeout(timer);
  rmSync(cwd, { recursive: true, force: true });
  const rssMB = readRss(rssFile);
  if (prompted === null) {
    const output = stripAnsi(stdout + stderr)
      .trim()
      .split("\n")
      .slice(-10)
      .join("\n");
    throw new CommandFailed(args, `no prompt within ${timeoutMs} ms (exit ${code})\n${output}`);
  }
  return { ms: prompted, rssMB };
}

export function cleanupScratch() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}
