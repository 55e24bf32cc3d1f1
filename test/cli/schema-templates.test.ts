import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { main } from "../../src/cli/main.js";
import { compileSchema } from "../../src/io/ajv.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, root } from "../helpers/paths.js";
import { parse } from "yaml";

async function run(args: string[], cwd = fixture("cli")) {
  const { io, stdout, stderr } = memoryIo({ cwd });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

describe("briefing schema", () => {
  it("prints the shipped JSON Schema", async () => {
    const { code, out } = await run(["schema"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      JSON.parse(readFileSync(`${root}/schemas/briefing.schema.json`, "utf8")),
    );
  });

  it("--template narrows the schema to the template's sections and limits", async () => {
    const { code, out } = await run(["schema", "--template", "standard"]);
    expect(code).toBe(0);
    const schema = JSON.parse(out) as Record<string, unknown>;
    const check = compileSchema(schema);
    const good = parse(readFileSync(fixture("valid", "standard.yaml"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(check(good)).toBe(true);
    expect(check({ ...good, headline: "x".repeat(121) })).toBe(false);
    expect(check({ ...good, template: "flash" })).toBe(false);
  });

  it("--template accepts a template file", async () => {
    const { code, out } = await run(["schema", "--template", "custom-template/weekly.yaml"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { title: string }).title).toBe("Briefing (Weekly round-up)");
  });

  it("an unknown template is a usage error", async () => {
    const { code, out, err } = await run(["schema", "--template", "nope"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^briefing: unknown template "nope"/);
  });
});

describe("briefing templates", () => {
  it("lists the shipped templates with their section labels", async () => {
    const { code, out } = await run(["templates"]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^standard +Standard briefing: Details \/ Context \/ Important to Know \/ Conclusion$/m,
    );
    expect(out).toMatch(/^flash +Flash: Key Points \/ Conclusion$/m);
    expect(out).toMatch(
      /^bluf +BLUF briefing note: Issue \/ Background \/ Considerations \/ Recommendation$/m,
    );
    expect(out).toMatch(
      /^smart-brevity +Smart Brevity: Why It Matters \/ Driving the News \/ .* \/ The Big Picture \/ Between the Lines \/ .* \/ Go Deeper \/ The Bottom Line$/m,
    );
  });

  it("shows one template with its limits", async () => {
    const { code, out } = await run(["templates", "standard"]);
    expect(code).toBe(0);
    expect(out).toContain("Headline (max characters 120)");
    expect(out).toContain("Important to Know. [important]");
    expect(out).toContain("bullets (min 2, max 8, max words each 60)");
  });

  it("shows the other names import reads as each label", async () => {
    const { out } = await run(["templates", "flash"]);
    expect(out).toContain(
      "  Key Points. [key-points]\n      also read as: Key Takeaways, Highlights, Key Messages, Key Developments, Key Judgments, Main Points\n",
    );
    expect(out).toContain("      also read as: Bottom Line, BLUF, What to Watch\n");
  });

  it("--json prints the template data", async () => {
    const { code, out } = await run(["templates", "flash", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { id: string; sections: unknown[] }).sections).toHaveLength(1);
  });

  it("shows a template file, validated", async () => {
    const ok = await run(["templates", "custom-template/weekly.yaml"]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Weekly round-up (weekly)");
    const bad = await run(["templates", "custom-template/bad-template.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'briefing: invalid template custom-template/bad-template.yaml:4:5: sections[0] is missing "label"\n',
    );
  });

  it("every shipped template file is valid against the template schema", async () => {
    const { code, out } = await run(["templates", "--json"]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { id: string }[]).map((t) => t.id)).toEqual([
      "bluf",
      "flash",
      "smart-brevity",
      "standard",
    ]);
  });
});
