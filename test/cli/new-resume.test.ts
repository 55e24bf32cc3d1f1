import { describe, expect, it } from "@jest/globals";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadDraft } from "../../src/io/drafts.js";
import { say, standard, standardScript } from "../helpers/fake-prompts.js";
import { newWorkspace } from "../helpers/new-run.js";

// What `briefing new` does with text being typed when it stops, and with a target file that
// already exists, run in-process with scripted prompts.

const workspace = newWorkspace();
const { draftFiles, read, newWith } = workspace;

describe("briefing new: nothing typed is lost", () => {
  it("keeps the answer being typed at Ctrl-C, and offers it back on resume after a recap", async () => {
    const half = "Forty ships wait outside";
    const script = standardScript().slice(0, 4);
    const first = await newWith({ file: "b.yaml", template: "standard" }, [
      ...script,
      say.ctrlCTyping("Details bullet 2", half),
    ]);
    expect(first.code).toBe(130);
    const [name] = draftFiles();
    const path = join(workspace.drafts(), name ?? "");
    expect(loadDraft(path).unfinished).toEqual({
      at: ["sections", 0, "bullets", 1],
      text: half,
    });
    const second = await newWith({ resume: path }, [
      say.input("Details bullet 2", `${half} the harbour.`),
      say.ctrlC("input", "Details bullet 3"),
    ]);
    expect(second.code).toBe(130);
    const asked = second.api.asked[0];
    expect(asked).toMatchObject({ default: half, prefill: true });
    expect(asked?.message).toContain("unfinished answer restored");
    // What is already written comes first, in template order.
    expect(second.out).toContain(
      [
        "Already written:",
        `  Headline: ${standard.headline}`,
        "  Summary: Dock workers at Odesa stopped loading grain on 2 March.…",
        `  Details: ${standard.details.lead} (1 bullet)`,
      ].join("\n"),
    );
    const draft = loadDraft(path);
    expect(draft.answers.sections?.[0]?.bullets).toEqual([
      standard.details.bullets[0],
      `${half} the harbour.`,
    ]);
    expect(draft.unfinished).toBeUndefined();
  });

  it("finds an existing target before the first question, and saves elsewhere when told no", async () => {
    writeFileSync(join(workspace.dir(), "brief.yaml"), "keep me\n");
    const { code, api } = await newWith({ file: "brief.yaml", template: "standard" }, [
      say.confirm("brief.yaml already exists. Replace it when the briefing is saved?", false),
      say.rejected("Save to which file instead?", " ", "give a file name"),
      say.input("Save to which file instead?", "other.yaml"),
      ...standardScript(),
    ]);
    expect(code).toBe(0);
    expect(api.asked[0]?.kind).toBe("confirm");
    expect(read("brief.yaml")).toBe("keep me\n");
    expect(parse(read("other.yaml"))).toMatchObject({ headline: standard.headline });
  });

  it("asked once before the first question, replaces the target at Save without asking again", async () => {
    writeFileSync(join(workspace.dir(), "brief.yaml"), "keep me\n");
    const script = [say.confirm("already exists", true), ...standardScript()];
    expect((await newWith({ file: "brief.yaml", template: "standard" }, script)).code).toBe(0);
    expect(parse(read("brief.yaml"))).toMatchObject({ headline: standard.headline });
  });
});
