// Shared by the floors: every file under a folder, recursively. Dot entries are skipped as
// the CLI skips dot-folders (the corpus cache keeps its completeness marker in one).
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function filesUnder(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
