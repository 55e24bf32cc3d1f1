import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import {
  chmodSync,
  chownSync,
  lstatSync,
  openSync,
  closeSync,
  readFileSync,
  readSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { writeFileAtomicSync } from "../../../src/io/atomic.js";
import { rewriteFileSync } from "../../../src/io/rewrite.js";
import { tempDir } from "../../helpers/paths.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

/** Reads what an already open descriptor sees: the file as it was when opened. */
function readOpen(fd: number): string {
  const buffer = Buffer.alloc(64);
  return buffer.subarray(0, readSync(fd, buffer, 0, 64, 0)).toString("utf8");
}

describe.each([
  ["writeFileAtomicSync (new files)", (p: string, t: string) => writeFileAtomicSync(p, t)],
  ["rewriteFileSync (existing files)", rewriteFileSync],
])("%s", (_name, write) => {
  it("replaces the file by a rename: a reader that opened it still sees the old text", () => {
    const path = join(dir, "brief.yaml");
    writeFileSync(path, "old text\n");
    const before = statSync(path).ino;
    const fd = openSync(path, "r");
    try {
      write(path, "new text\n");
      expect(readOpen(fd)).toBe("old text\n");
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, "utf8")).toBe("new text\n");
    expect(statSync(path).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(["brief.yaml"]);
  });

  it("creates a file that does not exist yet", () => {
    write(join(dir, "new.yaml"), "text\n");
    expect(readFileSync(join(dir, "new.yaml"), "utf8")).toBe("text\n");
  });

  it("leaves no temporary file behind when the write fails", () => {
    expect(() => write(join(dir, "missing", "brief.yaml"), "text\n")).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("rewriteFileSync", () => {
  it.each([
    ["a private file stays private", 0o600],
    ["an executable bit and group permissions stay", 0o750],
  ])("keeps the mode: %s", (_name, mode) => {
    const path = join(dir, "brief.yaml");
    writeFileSync(path, "old\n");
    chmodSync(path, mode);
    rewriteFileSync(path, "new\n");
    expect(statSync(path).mode & 0o777).toBe(mode);
  });

  it("writes through a symbolic link: the target changes, the link stays a link", () => {
    const real = join(dir, "real.yaml");
    const link = join(dir, "link.yaml");
    writeFileSync(real, "old\n");
    chmodSync(real, 0o640);
    symlinkSync("real.yaml", link);
    rewriteFileSync(link, "new\n");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe("real.yaml");
    expect(readFileSync(real, "utf8")).toBe("new\n");
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["link.yaml", "real.yaml"]);
  });

  const asRoot = process.getuid?.() === 0;
  if (!asRoot) console.warn("skipped: keeping another user's ownership needs root to test");
  (asRoot ? it : it.skip)("keeps the owner and group of a file owned by someone else", () => {
    const path = join(dir, "brief.yaml");
    writeFileSync(path, "old\n");
    chownSync(path, 4321, 4322);
    rewriteFileSync(path, "new\n");
    expect(statSync(path)).toMatchObject({ uid: 4321, gid: 4322 });
  });
});
