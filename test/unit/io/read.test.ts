import { afterAll, describe, expect, it } from "@jest/globals";
import { existsSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFileWithin, TooBigError } from "../../../src/io/read.js";
import { tempDir } from "../../helpers/paths.js";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe("readFileWithin", () => {
  it("reads a file within the limit whole, the limit itself included", () => {
    const path = join(dir, "small.txt");
    writeFileSync(path, "héllo\n".repeat(2000));
    expect(readFileWithin(path, 1 << 20).toString("utf8")).toBe("héllo\n".repeat(2000));
    const exact = join(dir, "exact.txt");
    writeFileSync(exact, "x".repeat(100));
    expect(readFileWithin(exact, 100)).toHaveLength(100);
  });

  it("reads an empty file as empty", () => {
    const path = join(dir, "empty.txt");
    writeFileSync(path, "");
    expect(readFileWithin(path, 10)).toHaveLength(0);
  });

  it("refuses a regular file over the limit from its size", () => {
    const path = join(dir, "big.bin");
    writeFileSync(path, "");
    truncateSync(path, 50 * 1024 * 1024); // sparse: nothing to read, only the size
    let error: unknown;
    try {
      readFileWithin(path, 10 * 1024 * 1024);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooBigError);
    expect((error as TooBigError).describe("big.bin")).toBe(
      "big.bin is 52428800 bytes, over the limit of 10485760 (limits.maxFileSize); not read",
    );
  });

  it("stops reading an endless device at the limit", () => {
    if (!existsSync("/dev/zero")) return;
    expect(() => readFileWithin("/dev/zero", 256 * 1024)).toThrow(TooBigError);
  });

  it("passes file system errors on as they are", () => {
    expect(() => readFileWithin(join(dir, "missing"), 10)).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
  });
});
