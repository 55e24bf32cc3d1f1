import { describe, expect, it } from "@jest/globals";
import { main } from "../../src/cli/main.js";
import { memoryIo, stripAnsi } from "../helpers/memory-io.js";
import { fixture, root } from "../helpers/paths.js";

async function run(
  args: string[],
  opts: { env?: Record<string, string>; tty?: boolean; stdin?: string } = {},
) {
  const { io, stdout, stderr } = memoryIo({
    cwd: root,
    ...(opts.env ? { env: opts.env } : {}),
    ...(opts.tty ? { stdoutIsTTY: true } : {}),
    ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
  });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

describe("briefing show", () => {
  it("renders the briefing wrapped to the width, labels from the template", async () => {
    const { code, out } = await run(["show", "examples/freight-rates.yaml", "--width", "60"]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("Container rates are climbing again – is demand back, or is");
    expect(out).toContain("\nImportant to Know. Cargo demand has not changed enough");
    expect(out).toMatch(
      /\n {2}► The Shanghai–Rotterdam spot rate reached \$3,950 per\n {4}40-foot/,
    );
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it("is plain when piped, coloured on a TTY, plain again with NO_COLOR", async () => {
    expect((await run(["show", "examples/freight-rates.yaml"])).out).not.toContain("\u001b[");
    const tty = await run(["show", "examples/freight-rates.yaml"], { tty: true });
    expect(tty.out).toContain("\u001b[1m");
    expect(stripAnsi(tty.out)).toBe((await run(["show", "examples/freight-rates.yaml"])).out);
    expect(
      (await run(["show", "examples/freight-rates.yaml"], { tty: true, env: { NO_COLOR: "1" } }))
        .out,
    ).not.toContain("\u001b[");
  });

  it("user text cannot emit terminal escape sequences", async () => {
    const hostile = [
      'headline: "Title\\e]0;pwned\\a\\e[2J\\e[31m red"',
      'summary: "Summary \\x9b31m with C1 and \\u202Eoverride"',
      "sections:",
      "  - id: key-points",
      '    bullets: ["one \\e[1A up", "two"]',
      "template: flash",
      'conclusion: "End\\r\\nline"',
    ].join("\n");
    const { code, out, err } = await run(["show", "-"], {
      stdin: hostile,
      env: { FORCE_COLOR: "0" },
    });
    // Shown all the same, with the control characters reported as the errors they are.
    expect(code).toBe(1);
    expect(err).toMatch(
      /1:11: error: headline contains invisible or control characters \(U\+001B, U\+0007\)/,
    );
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain("Title]0;pwned[2J[31m red");
  });

  it("a briefing with problems is shown when it can be, with the problems on stderr and exit 1", async () => {
    const { code, out, err } = await run(["show", fixture("invalid", "bullet-count.yaml")]);
    expect(code).toBe(1);
    expect(out).toContain("Rates hold steady");
    expect(err).toMatch(
      /bullet-count\.yaml:7:7: error: Details must have at least 2 bullets; it has 1 \(bullet-count\)/,
    );
  });

  it("a file that does not parse is not shown", async () => {
    const { code, out, err } = await run([
      "show",
      fixture("invalid", "syntax--unclosed-quote.yaml"),
    ]);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toMatch(/:1:11: error: a quoted string is never closed/);
  });

  it("a missing file is a usage error", async () => {
    const { code, err } = await run(["show", "nope.yaml"]);
    expect(code).toBe(2);
    expect(err).toBe("briefing: nope.yaml: no such file or directory\n");
  });
});
