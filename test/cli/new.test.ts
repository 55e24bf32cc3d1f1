import { beforeEach, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { validateText } from "../../src/core/inspect-text.js";
import { loadDraft } from "../../src/io/drafts.js";
import { createTaskContext } from "../../src/io/context.js";
import { meta, say, standard, standardScript, standardSection } from "../helpers/fake-prompts.js";
import { memoryIo } from "../helpers/memory-io.js";
import { newWorkspace } from "../helpers/new-run.js";

const workspace = newWorkspace();
const { draftFiles, read, newWith } = workspace;
let dir: string;
let drafts: string;

beforeEach(() => {
  dir = workspace.dir();
  drafts = workspace.drafts();
});

/** Runs the CLI in-process with no terminal. */
async function cli(
  args: string[],
  more: { stdin?: string; tty?: boolean; env?: Record<string, string> } = {},
) {
  const { io, stdout, stderr } = memoryIo({
    cwd: dir,
    env: { BRIEFING_DRAFTS: drafts, ...more.env },
    ...(more.stdin !== undefined ? { stdin: more.stdin } : {}),
    stdinIsTTY: more.tty ?? false,
  });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr() };
}

async function validates(text: string) {
  const task = await createTaskContext({ cwd: dir });
  return validateText(text, { ...task.check, file: "saved.yaml" }).problems;
}

const answersYaml = (headline = standard.headline) =>
  [
    "template: standard",
    `headline: ${headline}`,
    `summary: ${standard.summary}`,
    "sections:",
    ...(["details", "context", "important"] as const).flatMap((id) => [
      `  - id: ${id}`,
      `    lead: ${standard[id].lead}`,
      "    bullets:",
      ...standard[id].bullets.map((b) => `      - ${b}`),
    ]),
    `conclusion: ${standard.conclusion}`,
    "meta: { date: 2026-03-04 }",
    "",
  ].join("\n");

describe("briefing new with prompts", () => {
  it("walks a whole standard briefing and saves a file that validates clean", async () => {
    const { code, out, err } = await newWith(
      { file: "brief.yaml", template: "standard" },
      standardScript(),
    );
    expect({ code, err }).toEqual({ code: 0, err: "" });
    expect(out).toMatch(/^\(draft: .*drafts\/\d{8}T\d{6}-\w+\.yaml\)\n/);
    expect(out).toMatch(/Saved brief\.yaml\n$/);
    const text = read("brief.yaml");
    expect(parse(text)).toEqual({
      template: "standard",
      headline: standard.headline,
      summary: standard.summary,
      sections: (["details", "context", "important"] as const).map((id) => ({
        id,
        ...standard[id],
      })),
      conclusion: standard.conclusion,
      meta: {
        date: "2026-03-04",
        author: "Ann Analyst",
        tags: ["ports", "grain"],
      },
    });
    expect(await validates(text)).toEqual([]);
    expect(draftFiles()).toEqual([]);
  });

  it("names the file after the date and headline when none is given", async () => {
    const script = [say.select("Template", "standard"), ...standardScript()];
    const { code } = await newWith({}, script);
    expect(code).toBe(0);
    expect(
      existsSync(join(dir, "2026-03-04-port-strike-halts-grain-exports-from-odesa.yaml")),
    ).toBe(true);
  });

  it("quits from the review menu keeping the draft", async () => {
    const script = standardScript();
    script.splice(-1, 1, say.choose("Save this briefing?", "Quit and keep the draft"));
    const { code, out } = await newWith({ file: "brief.yaml", template: "standard" }, script);
    expect(code).toBe(0);
    expect(existsSync(join(dir, "brief.yaml"))).toBe(false);
    const [name] = draftFiles();
    const path = join(drafts, name ?? "");
    expect(out).toContain(`Stopped. Every answer so far is saved in ${path}\n`);
    expect(loadDraft(path).answers.meta?.author).toBe("Ann Analyst");
  });

  it("Ctrl-C keeps every earlier answer; --resume goes on from there and removes the draft", async () => {
    const upToContext = standardScript().slice(0, 2 + standardSection("details").length);
    const first = await newWith({ file: "brief.yaml", template: "standard" }, [
      ...upToContext,
      say.ctrlC("input", "Context. The lead sentence"),
    ]);
    expect(first.code).toBe(130);
    const [name] = draftFiles();
    const path = join(drafts, name ?? "");
    expect(first.err).toBe(
      `\nStopped. Every answer so far is saved in ${path}\nResume with: briefing new --resume ${path}\n`,
    );
    const draft = loadDraft(path);
    expect(draft.step).toEqual({ kind: "lead", section: "context" });
    expect(draft.answers).toMatchObject({
      headline: standard.headline,
      summary: standard.summary,
      sections: [{ id: "details", ...standard.details }],
    });
    expect(readFileSync(path, "utf8")).toMatch(
      /^# briefing draft: resume with `briefing new --resume /,
    );
    const listed = await cli(["drafts"]);
    expect(listed.out).toContain(`"${standard.headline}"  next: lead of context\n`);
    expect(listed.out).toContain(`    briefing new --resume ${path}\n`);

    const rest = standardScript().slice(upToContext.length);
    const second = await newWith({ resume: path }, rest);
    expect(second.code).toBe(0);
    expect(second.api.asked[0]?.message).toMatch(/^Context\. The lead sentence/);
    expect(parse(read("brief.yaml"))).toMatchObject({
      headline: standard.headline,
      sections: [{ id: "details", ...standard.details }, { id: "context" }, { id: "important" }],
    });
    expect(draftFiles()).toEqual([]);
    expect((await cli(["drafts"])).out).toBe(`no drafts in ${drafts}\n`);
  });

  it("Ctrl-C at the first question, the template, still leaves a draft to resume", async () => {
    const first = await newWith({ file: "t.yaml" }, [say.ctrlC("select", "Template")]);
    expect(first.code).toBe(130);
    const [name] = draftFiles();
    const path = join(drafts, name ?? "");
    expect(first.out).toBe(`(draft: ${path})\n`);
    expect(first.err).toContain(`Resume with: briefing new --resume ${path}\n`);
    expect(loadDraft(path).template).toBeUndefined();

    // The choice is saved the moment it is made, before any other question.
    const second = await newWith({ resume: path }, [
      say.choose("Template", "Flash (flash)"),
      say.ctrlC("input", "Headline"),
    ]);
    expect(second.code).toBe(130);
    expect(loadDraft(path)).toMatchObject({ template: "flash", step: { kind: "headline" } });
  });

  it("Ctrl-C between bullets keeps the bullets added; --resume without a path takes the newest", async () => {
    const script = standardScript().slice(0, 4);
    expect(script.at(-1)).toMatchObject({ kind: "input", message: "Details bullet 1" });
    const first = await newWith({ file: "b.yaml", template: "standard" }, [...script, say.ctrlC()]);
    expect(first.code).toBe(130);
    const second = await newWith({ resume: true }, [say.ctrlC("input", "Details bullet 2")]);
    expect(second.code).toBe(130);
    const [name] = draftFiles();
    expect(loadDraft(join(drafts, name ?? "")).answers.sections?.[0]?.bullets).toEqual([
      standard.details.bullets[0],
    ]);
  });

  it("asks only what --answers lacks", async () => {
    writeFileSync(join(dir, "part.yaml"), answersYaml().replace(/^conclusion: .*\n/m, ""));
    const { code, api } = await newWith({ answers: "part.yaml", file: "out.yaml" }, [
      say.input("Conclusion", standard.conclusion),
      ...meta(),
      say.select("Save this briefing?", "save"),
    ]);
    expect(code).toBe(0);
    expect(api.asked.map((a) => a.message.split(" ")[0])).toEqual([
      "Conclusion",
      "Date",
      "Author",
      "Tags",
      "Status",
      "Confidence",
      "Add",
      "Save",
    ]);
    expect(api.asked[1]?.default).toBe("2026-03-04");
    expect(parse(read("out.yaml"))).toMatchObject({ conclusion: standard.conclusion });
  });
});

describe("briefing new without a terminal", () => {
  const needs =
    "briefing: briefing new asks questions and needs a terminal; run it in one, or give --answers FILE (a YAML or JSON file shaped like a briefing; - reads stdin)\n";

  it("--answers writes the file at once", async () => {
    writeFileSync(join(dir, "answers.yaml"), answersYaml());
    const { code, out, err } = await cli(["new", "--answers", "answers.yaml", "out.yaml"]);
    expect({ code, out, err }).toEqual({ code: 0, out: "Saved out.yaml\n", err: "" });
    expect(await validates(read("out.yaml"))).toEqual([]);
    expect(draftFiles()).toEqual([]);
  });

  it("--answers - reads stdin", async () => {
    const { code, out } = await cli(["new", "--answers", "-", "out.yaml"], {
      stdin: answersYaml(),
    });
    expect({ code, out }).toEqual({ code: 0, out: "Saved out.yaml\n" });
    expect(parse(read("out.yaml"))).toMatchObject({ headline: standard.headline });
  });

  it("lists every missing part in one message, exit 1", async () => {
    const { code, err } = await cli(["new", "--answers", "-", "out.yaml"], {
      stdin: "template: standard\nheadline: Only this\nsections:\n  - id: details\n",
    });
    expect(code).toBe(1);
    expect(err).toBe(
      'briefing: the answers lack summary, the lead of "Details", section "Context", section "Important to Know", conclusion\n',
    );
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  it("refuses answers that break a limit, exit 1", async () => {
    const long = `${"Very long headline ".repeat(7)}end`;
    const { code, err } = await cli(["new", "--answers", "-", "out.yaml"], {
      stdin: answersYaml(long),
    });
    expect(code).toBe(1);
    expect(err).toContain(
      `headline must be at most 120 characters; it has ${long.length} (headline-length)`,
    );
    expect(existsSync(join(dir, "out.yaml"))).toBe(false);
  });

  it("without --answers stops at once with exit 2", async () => {
    expect(await cli(["new"])).toEqual({ code: 2, out: "", err: needs });
    expect(draftFiles()).toEqual([]);
  });

  it("CI=true counts as no terminal", async () => {
    expect(await cli(["new"], { tty: true, env: { CI: "true" } })).toEqual({
      code: 2,
      out: "",
      err: needs,
    });
    expect((await cli(["edit", "x.yaml"], { tty: true, env: { CI: "1" } })).code).toBe(2);
  });

  it("never overwrites without --force", async () => {
    writeFileSync(join(dir, "answers.yaml"), answersYaml());
    writeFileSync(join(dir, "out.yaml"), "keep me\n");
    const refused = await cli(["new", "--answers", "answers.yaml", "out.yaml"]);
    expect(refused).toEqual({
      code: 2,
      out: "",
      err: "briefing: out.yaml already exists; use --force to overwrite it\n",
    });
    expect(read("out.yaml")).toBe("keep me\n");
    const forced = await cli(["new", "--answers", "answers.yaml", "out.yaml", "--force"]);
    expect(forced.code).toBe(0);
    expect(parse(read("out.yaml"))).toMatchObject({ headline: standard.headline });
  });

  it("--resume with no drafts is a usage error", async () => {
    const { code, err } = await newWith({ resume: true }, []).catch((e: Error) => ({
      code: -1,
      err: e.message,
    }));
    expect({ code, err }).toEqual({ code: -1, err: `no drafts to resume in ${drafts}` });
  });
});
