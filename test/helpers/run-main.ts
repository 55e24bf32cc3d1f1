import { main } from "../../src/cli/main.js";
import { memoryIo } from "./memory-io.js";

/** Runs the command line in-process in `cwd`, with standard input and environment when given. */
export async function runMain(
  cwd: string,
  args: string[],
  stdin?: string,
  env: Record<string, string | undefined> = {},
): Promise<{ code: number; out: string; err: string }> {
  const { io, stdout, stderr } = memoryIo({ cwd, env, ...(stdin !== undefined ? { stdin } : {}) });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}
