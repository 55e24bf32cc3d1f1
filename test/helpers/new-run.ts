import { afterEach, beforeEach } from "@jest/globals";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runNew, type NewOptions } from "../../src/commands/new.js";
import { FakePrompts, type ScriptEntry } from "./fake-prompts.js";
import { memoryIo } from "./memory-io.js";
import { tempDir } from "./paths.js";

/**
 * A temporary folder per test, with drafts in its `drafts/`, and `briefing new` run there
 * in-process with scripted prompts.
 */
export function newWorkspace() {
  let dir = "";
  let cleanup: () => void = () => undefined;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
  });
  afterEach(() => cleanup());
  const drafts = () => join(dir, "drafts");
  return {
    dir: () => dir,
    drafts,
    /** The draft files' names. */
    draftFiles: () => (existsSync(drafts()) ? readdirSync(drafts()) : []),
    /** A file of the folder, as text. */
    read: (name: string) => readFileSync(join(dir, name), "utf8"),
    /** Runs `briefing new` with the script; fails if the script is not used up. */
    newWith: async (
      options: NewOptions,
      script: ScriptEntry[],
      env: Record<string, string> = {},
    ) => {
      const api = new FakePrompts(script);
      const { io, stdout, stderr } = memoryIo({
        cwd: dir,
        env: { BRIEFING_DRAFTS: drafts(), ...env },
      });
      const code = await runNew(options, io, { prompts: api });
      api.finish();
      return { code, out: stdout(), err: stderr(), api };
    },
  };
}
