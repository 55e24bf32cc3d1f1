import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { editedText } from "../../src/commands/edit.js";
import { fixture } from "../helpers/paths.js";

// Every change is checked against the whole file: the expected text is the fixture with
// only the changed part rewritten, so any other byte that moves fails the test.
const text = readFileSync(fixture("edit", "styles.yaml"), "utf8");

interface Section {
  id: string;
  lead?: string;
  bullets?: string[];
}
interface Doc {
  summary: string;
  sections: Section[];
  meta: { tags: string[]; sources: { title: string; url: string }[] };
}

function edited(change: (b: Doc) => void): string {
  const before = parse(text) as Doc;
  const after = structuredClone(before);
  change(after);
  const out = editedText(text, before, after);
  expect(parse(out)).toEqual(after);
  return out;
}

const section = (b: Doc, id: string): Section => b.sections.find((s) => s.id === id) as Section;
const NEW = "Insurers expect premiums to ease in the spring.";

/** `text` with `from` (which must be there, once) replaced by `to`. */
function replaced(from: string, to: string, source = text): string {
  expect(source.split(from)).toHaveLength(2);
  return source.replace(from, to);
}

describe("edit writes back only what changed, byte for byte", () => {
  it("changes nothing when nothing changed", () => {
    expect(edited(() => undefined)).toBe(text);
  });

  it("replaces the summary and leaves every other byte", () => {
    const out = edited((b) => (b.summary = "Carriers plan around the Cape for another quarter."));
    expect(out).toBe(
      replaced(
        "summary: Insurers hold war-risk premiums near their peak, so carriers plan around the Cape for another quarter.",
        "summary: Carriers plan around the Cape for another quarter.",
      ),
    );
  });

  it("adds a bullet after a folded one, keeping comments, quotes and the folded conclusion", () => {
    const out = edited((b) => section(b, "details").bullets?.push(NEW));
    expect(out).toBe(
      replaced(
        "        by a fifth on the year.\n",
        `        by a fifth on the year.\n      - ${NEW}\n`,
      ),
    );
  });

  it("adds a bullet at the start of a list", () => {
    const out = edited((b) => section(b, "important").bullets?.unshift(NEW));
    expect(out).toBe(
      replaced(
        "    bullets:\n      - Spot rates",
        `    bullets:\n      - ${NEW}\n      - Spot rates`,
      ),
    );
  });

  it("removes a quoted bullet and keeps the comment above it", () => {
    const out = edited((b) => section(b, "details").bullets?.splice(1, 1));
    expect(out).toBe(replaced('      - "Fuel burn per round trip rises by about a third."\n', ""));
  });

  it("removes a folded bullet, all of its lines", () => {
    const out = edited((b) => section(b, "details").bullets?.splice(2, 1));
    expect(out).toBe(
      replaced(
        "      - >-\n        Port calls in the eastern Mediterranean are down\n        by a fifth on the year.\n",
        "",
      ),
    );
  });

  it("adds and removes in a flow list, keeping its spacing", () => {
    const out = edited((b) => {
      b.meta.tags = ["trade", "insurance", "red sea"];
      section(b, "context").bullets?.push("Rates, again, rose");
    });
    const tags = replaced(
      "tags: [trade, shipping, insurance]",
      "tags: [trade, insurance, red sea]",
    );
    expect(out).toBe(
      replaced(
        "Two carriers tried the canal again in May]",
        'Two carriers tried the canal again in May, "Rates, again, rose"]',
        tags,
      ),
    );
  });

  it("adds a source, a list of mappings, at the list's column", () => {
    const out = edited((b) =>
      b.meta.sources.push({ title: "Insurer note", url: "https://example.org/note" }),
    );
    expect(out).toBe(
      replaced(
        "      url: https://example.org/advisory\n",
        "      url: https://example.org/advisory\n    - title: Insurer note\n      url: https://example.org/note\n",
      ),
    );
  });

  it("changes a bullet's text in a list that also grew, each in its own place", () => {
    const out = edited((b) => {
      const bullets = section(b, "important").bullets ?? [];
      bullets[0] = "Spot rates are 40% above their level a year ago.";
      bullets.push(NEW);
    });
    expect(out).toBe(
      replaced(
        "      - Spot rates are 38% above their level a year ago.\n      - Contract talks for next year open in December.\n",
        `      - Spot rates are 40% above their level a year ago.\n      - Contract talks for next year open in December.\n      - ${NEW}\n`,
      ),
    );
  });
});
