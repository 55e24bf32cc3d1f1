import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Briefing } from "../../src/core/types.js";
import type { ImportReport } from "../../src/import/report.js";
import { fixture, tempDir } from "../helpers/paths.js";
import { runMain } from "../helpers/run-main.js";

let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(fixture("import", "real"), join(dir, "in"), {
    recursive: true,
    filter: (src) => !/\.(yaml|json)$/.test(src),
  });
});
afterEach(() => cleanup());

const run = (args: string[], stdin?: string) => runMain(dir, args, stdin);

const read = (...parts: string[]) => readFileSync(join(dir, ...parts), "utf8");
const briefingIn = (...parts: string[]) => parse(read(...parts)) as Briefing;

// The example of the defect: a summary and a bullet with a link each.
const ROTTERDAM = `# Port congestion eases at Rotterdam

**28 November 2026**

Queues at the container terminals fell by a third this week, according to [the port authority](https://www.portofrotterdam.com/en/news) and shipping data.

## Berths
Berth waiting times dropped sharply.
► Average wait fell to 1.2 days, per [Linerlytica](https://linerlytica.com).
`;

describe("briefing import: links written in the text", () => {
  it("keeps each link's text in place and its address in meta.sources, and says so in the report", async () => {
    writeFileSync(join(dir, "a.md"), ROTTERDAM);
    const { err } = await run(["import", "a.md", "-o", "out.yaml", "--report", "r.json", "-v"]);
    const b = briefingIn("out.yaml");
    expect(b.summary).toBe(
      "Queues at the container terminals fell by a third this week, according to the port authority and shipping data.",
    );
    expect(b.sections[0]?.bullets).toEqual(["Average wait fell to 1.2 days, per Linerlytica."]);
    expect(b.meta?.sources).toEqual([
      { title: "the port authority", url: "https://www.portofrotterdam.com/en/news" },
      { title: "Linerlytica", url: "https://linerlytica.com" },
    ]);
    const report = JSON.parse(read("r.json")) as ImportReport;
    expect(report.files[0]?.guesses.filter((g) => g.kind === "sources")).toEqual([
      {
        kind: "sources",
        line: 5,
        column: 75,
        value: "https://www.portofrotterdam.com/en/news",
        reason:
          'link text "the port authority" kept in the text; its address moved to meta.sources',
      },
      {
        kind: "sources",
        line: 9,
        column: 38,
        value: "https://linerlytica.com",
        reason: 'link text "Linerlytica" kept in the text; its address moved to meta.sources',
      },
    ]);
    expect(err).toContain(
      '  line 9, column 38: sources "https://linerlytica.com" (link text "Linerlytica" kept in the text; its address moved to meta.sources)\n',
    );
  });

  it("writes a file that validates without a schema error, and whose Markdown export lists the sources", async () => {
    const imported = await run(["import", "in/port-links.md", "-o", "port.yaml"]);
    expect(imported.code).toBe(0);
    const sources = briefingIn("port.yaml").meta?.sources;
    expect(sources?.map((s) => s.url)).toEqual([
      "https://www.portofrotterdam.com/en/news-and-press-releases",
      "https://www.linerlytica.com/",
      "https://en.wikipedia.org/wiki/Rotterdam_(disambiguation)",
      "https://www.portofrotterdam.com/en/logistics/barge?tab=slot-rules&lang=en%20GB",
      "https://www.drewry.co.uk/supply-chain-advisors/world-container-index",
    ]);
    const checked = await run(["validate", "port.yaml", "--reporter", "json"]);
    expect(checked.code).toBe(0);
    const rules = (
      JSON.parse(checked.out) as { files: { problems: { rule: string; severity: string }[] }[] }
    ).files.flatMap((f) => f.problems);
    expect(rules.filter((p) => p.severity === "error")).toEqual([]);
    expect(rules.map((p) => p.rule)).not.toContain("schema");
    const md = await run(["export", "port.yaml", "--format", "md", "--front-matter"]);
    expect(md.code).toBe(0);
    const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(md.out)?.[1] ?? "") as Briefing["meta"];
    expect(front?.sources).toEqual(sources);
    // And the export imports back with the same sources: none is added or lost on the way.
    writeFileSync(join(dir, "back.md"), md.out);
    await run(["import", "back.md", "-o", "back.yaml"]);
    expect(briefingIn("back.yaml").meta?.sources).toEqual(sources);
  });

  it("plain text: pasted links and reference links resolve, and no definition line reaches the conclusion", async () => {
    const { code } = await run(["import", "in/grain-corridor-pasted.txt", "-o", "grain.yaml"]);
    expect(code).toBe(0);
    const b = briefingIn("grain.yaml");
    expect(b.conclusion).not.toContain("[1]");
    expect(b.conclusion).not.toContain("un.org");
    expect(b.sections[0]?.lead).toBe(
      "Loadings at Odesa, Chornomorsk and Pivdennyi ran close to pre-war levels UN figures.",
    );
    // A bare address and an autolink stay in the text as written.
    expect(b.sections[0]?.bullets?.[1]).toContain("per https://www.lloyds.com/market-bulletins");
    expect(b.sections[2]?.bullets?.[1]).toContain(
      "<https://www.imo.org/en/MediaCentre/HotTopics/Pages/Black-Sea.aspx>",
    );
    expect(b.meta?.sources?.map((s) => s.url)).toEqual([
      "https://uga.ua/en/",
      "https://www.kyivindependent.com/tag/grain",
      "https://www.un.org/en/black-sea-grain-initiative/data",
      "https://www.fao.org/giews/countrybrief/country.jsp?code=UKR&lang=en",
    ]);
    const checked = await run(["validate", "grain.yaml"]);
    expect(checked.code).toBe(0);
  });

  it("HTML anchors from standard input keep their addresses, entities decoded, once each", async () => {
    const text = read("in", "lng-cms-export.txt");
    const { code, out } = await run(["import", "-", "--from", "txt"], text);
    expect(code).toBe(0);
    const b = parse(out) as Briefing;
    expect(b.summary).toContain("according to MarineTraffic positions");
    expect(b.summary).not.toContain("<a");
    expect(b.meta?.sources).toEqual([
      {
        title: "MarineTraffic",
        url: "https://www.marinetraffic.com/en/ais/home/centerx:151.3/centery:-23.8/zoom:10",
      },
      {
        title: "cyclone warning",
        url: "https://www.bom.gov.au/cyclone/index.shtml?ref=home&state=qld",
      },
      {
        title: "GLNG operator notice [PDF]",
        url: "https://www.santos.com/wp-content/uploads/2026/11/GLNG%20customer%20notice.pdf",
      },
      {
        title: "Wikipedia: Cyclone Owen",
        url: "https://en.wikipedia.org/wiki/Cyclone_Owen_(disambiguation)",
      },
    ]);
  });
});
