import { plural } from "../core/words.js";
import { watch, type FSWatcher } from "node:fs";
import type { Io } from "./host.js";
import type { Input } from "./inputs.js";
import { basename, dirname } from "node:path";

/**
 * Calls `onChange` for an input file after it changes (debounced: editors write a file
 * in several steps), until the run is interrupted. Standard input is not watched.
 */
export async function watchInputs(
  inputs: readonly Input[],
  io: Io,
  onChange: (input: Input) => Promise<void>,
  delayMs = 100,
): Promise<void> {
  const watchers: FSWatcher[] = [];
  const timers = new Map<string, NodeJS.Timeout>();
  let queue = Promise.resolve();
  const files = inputs.filter((i): i is Extract<Input, { kind: "file" }> => i.kind === "file");
  io.stderr.write(`watching ${plural(files.length, "file")}; press Ctrl-C to stop\n`);
  const schedule = (input: Input): void => {
    const key = input.path;
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        queue = queue.then(() => onChange(input));
      }, delayMs),
    );
  };
  // Watch folders, not files: editors often save by writing a new file and renaming it
  // over the old one, which ends a watch on the old file.
  const byFolder = new Map<string, Map<string, Input>>();
  for (const input of files) {
    const folder = byFolder.get(dirname(input.abs)) ?? new Map<string, Input>();
    folder.set(basename(input.abs), input);
    byFolder.set(dirname(input.abs), folder);
  }
  for (const [folder, names] of byFolder) {
    const watcher = watch(folder, { persistent: true }, (_event, name) => {
      const input = name ? names.get(name.toString()) : undefined;
      if (input) schedule(input);
    });
    watcher.on("error", () => watcher.close());
    watchers.push(watcher);
  }
  await new Promise<void>((resolve) => {
    if (!io.signal || io.signal.aborted) return resolve();
    io.signal.addEventListener("abort", () => resolve(), { once: true });
  });
  for (const w of watchers) w.close();
  for (const t of timers.values()) clearTimeout(t);
  await queue;
}
