import { fileURLToPath } from "node:url";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** A path under test/fixtures. */
export function fixture(...parts: string[]): string {
  return join(root, "test", "fixtures", ...parts);
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "briefing-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
