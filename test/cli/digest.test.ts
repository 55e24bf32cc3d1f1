import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import mammoth from "mammoth";
import MarkdownIt from "markdown-it";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import type { Briefing } from "../../src/core/types.js";
import { TXT_SEPARATOR } from "../../src/render/digest.js";
import { oneLine } from "../../src/render/sanitize.js";
import { memoryIo } from "../helpers/memory-io.js";
import { fixture, root, tempDir } from "../helpers/paths.js";

let dir: string;
let cleanup: () => void;
const names = [
  "freight-rates.yaml",
  "energy/gas-storage.json",
  "economics/services-inflation.yaml",
];
const briefings: Briefing[] = [];

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  briefings.length = 0;
  for (const name of names) {
    const text = readFileSync(join(root, "examples", name), "utf8");
    const file = name.replace(/.*\//, "");
    writeFileSync(join(dir, file), text);
    briefings.push(parse(text) as Briefing);
  }
  copyFileSync(fixture("invalid", "headline-length.yaml"), join(dir, "zz-invalid.yaml"));
});
afterEach(() => cleanup());

async function run(args: string[]) {
  const { io, stdout, stderr, stdoutBytes } = memoryIo({ cwd: dir });
  const code = await main(args, io);
  return { code, out: stdout(), err: stderr(), bytes: stdoutBytes() };
}

/** The example briefings by date, oldest first, as the digest orders them. */
const byDate = () =>
  [...briefings].sort((a, b) => (a.meta?.date ?? "").localeCompare(b.meta?.date ?? ""));
const bullets = (b: Briefing) => b.sections.flatMap((s) => s.bullets ?? []).map(oneLine);

describe("briefing digest", () => {
  it("writes Markdown with a title, linked contents and each briefing in full", async () => {
    const r = await run(["digest", "."]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("digest of 3 briefings; 1 left out for errors\n");
    const html = new MarkdownIt({ html: true }).render(r.out);
    expect(r.out.split("\n")[0]).toBe("# Daily digest — 2026-03-04 to 2026-07-03");
    expect(r.out).toContain("_3 briefings; 1 left out for errors_");
    const links = [...html.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)];
    expect(links.map((m) => m[2])).toEqual(byDate().map((b) => oneLine(b.headline)));
    for (const [, anchor] of links) expect(html).toContain(`<a id="${anchor}"></a>`);
    for (const b of byDate()) {
      expect(r.out).toContain(`Date: ${b.meta?.date} · Status: ${b.meta?.status}`);
      expect(html.match(/<li>/g)?.length).toBeGreaterThanOrEqual(bullets(b).length);
      for (const s of b.meta?.sources ?? []) expect(html).toContain(`href="${s.url}"`);
    }
    expect(r.out).not.toContain("Why very very");
  });

  it("writes one HTML page whose contents link to unique ids", async () => {
    const r = await run(["digest", ".", "-f", "html", "--title", "Morning <digest>"]);
    expect(r.out).toContain("<title>Morning &lt;digest&gt;</title>");
    const ids = [...r.out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = [...r.out.matchAll(/<a href="#([^"]+)">/g)].map((m) => m[1]);
    expect(hrefs).toHaveLength(3);
    for (const h of hrefs) expect(ids).toContain(h);
    for (const b of briefings)
      for (const bullet of bullets(b).slice(0, 2))
        expect(r.out).toContain(bullet.replace(/&/g, "&amp;"));
  });

  it("joins the house layout with a separator for messengers", async () => {
    const r = await run(["digest", ".", "-f", "txt"]);
    const parts = r.out.split(`${TXT_SEPARATOR}\n`);
    expect(parts).toHaveLength(4);
    for (const b of byDate()) expect(r.out).toContain(`${oneLine(b.headline)}\n`);
    for (const bullet of bullets(briefings[0] as Briefing))
      expect(r.out).toContain(`►   ${bullet}\n`);
  });

  it("keeps the order of the paths with --order given", async () => {
    const r = await run([
      "digest",
      "services-inflation.yaml",
      "freight-rates.yaml",
      "-f",
      "json",
      "--order",
      "given",
    ]);
    const data = JSON.parse(r.out) as {
      count: number;
      items: { path: string; headline: string }[];
    };
    expect(data.count).toBe(2);
    expect(data.items.map((i) => i.path)).toEqual([
      "services-inflation.yaml",
      "freight-rates.yaml",
    ]);
  });

  it("keeps invalid briefings with --include-invalid", async () => {
    const r = await run(["digest", ".", "-f", "json", "--include-invalid"]);
    const data = JSON.parse(r.out) as { items: { path: string }[]; note: string };
    expect(data.items.map((i) => i.path)).toContain("zz-invalid.yaml");
    expect(data.note).toBe("4 briefings");
  });

  it("writes a Word document whose contents link to bookmarked headings", async () => {
    const r = await run(["digest", ".", "-o", "digest.docx"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("digest of 3 briefings; 1 left out for errors written to digest.docx\n");
    const { value } = await mammoth.convertToHtml({ path: join(dir, "digest.docx") });
    const hrefs = [...value.matchAll(/<a href="#([^"]+)">([^<]*)<\/a>/g)];
    expect(hrefs.map((m) => m[2])).toEqual(byDate().map((b) => oneLine(b.headline)));
    for (const [, anchor] of hrefs) expect(value).toContain(`<h1><a id="${anchor}"></a>`);
    const items = value.match(/<li>/g)?.length ?? 0;
    const expected = briefings.reduce(
      (n, b) => n + bullets(b).length + (b.meta?.sources?.length ?? 0),
      0,
    );
    expect(items).toBe(expected);
  });

  it("exits 2 when nothing is selected, and writes nothing", async () => {
    const r = await run(["digest", ".", "--tag", "nothing", "-o", "d.md"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("briefing: no briefings match, so there is no digest to write\n");
    const only = await run(["digest", "zz-invalid.yaml"]);
    expect(only.code).toBe(2);
    expect(only.err).toContain("1 briefing with errors left out (--include-invalid keeps them)");
    expect(readdirSync(dir)).not.toContain("d.md");
  });

  it("takes its fixed words from the configuration", async () => {
    writeFileSync(
      join(dir, "briefing.config.yaml"),
      "words:\n  contents: Inhoud\n  sources: Bronnen\n",
    );
    const r = await run(["digest", ".", "-f", "md"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^## Inhoud$/m);
    expect(r.out).not.toMatch(/^## Contents$/m);
  });

  it("refuses a format it has no renderer for, naming the ones it has", async () => {
    const r = await run(["digest", ".", "-o", "digest.pdf"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "briefing: cannot write a digest to digest.pdf: .pdf is not a format briefing writes; name the file .md, .html, .txt, .json or .docx, or give --format\n",
    );
    const named = await run(["digest", ".", "--format", "pdf"]);
    expect(named.code).toBe(2);
    expect(named.err).toBe(
      'briefing: unknown format "pdf"; choose one of md, html, txt, json, docx\n',
    );
  });

  it("does not replace an existing file without --force", async () => {
    writeFileSync(join(dir, "d.md"), "mine");
    expect((await run(["digest", ".", "-o", "d.md"])).code).toBe(2);
    expect(readFileSync(join(dir, "d.md"), "utf8")).toBe("mine");
    expect((await run(["digest", ".", "-o", "d.md", "--force"])).code).toBe(0);
    expect(readFileSync(join(dir, "d.md"), "utf8")).toMatch(/^# Daily digest/);
  });

  it("adds reading times when asked", async () => {
    const r = await run(["digest", ".", "--reading-time"]);
    expect(r.out.match(/_\d+ words · \d+ min read_/g)).toHaveLength(3);
  });
});
