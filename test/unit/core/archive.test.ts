import { describe, expect, it } from "@jest/globals";
import { archiveItem, filterItems, parseDay, sortItems } from "../../../src/core/archive.js";
import type { Briefing, FileResult } from "../../../src/core/types.js";

const result = (path: string, errors = 0): FileResult => ({
  path,
  problems: [],
  errorCount: errors,
  warningCount: 0,
});
const briefing = (headline: string, meta: Briefing["meta"]): Briefing => ({
  headline,
  summary: "A summary of the day.",
  sections: [{ id: "details", lead: "Lead text.", bullets: ["One point."] }],
  conclusion: "The end.",
  meta,
});

describe("parseDay", () => {
  it("takes dates and ages in days or weeks", () => {
    expect(parseDay("2026-03-04", "2026-11-28", "--since")).toBe("2026-03-04");
    expect(parseDay("7d", "2026-03-04", "--since")).toBe("2026-02-25");
    expect(parseDay("2W", "2026-01-10", "--since")).toBe("2025-12-27");
    expect(parseDay("0d", "2026-01-10", "--since")).toBe("2026-01-10");
  });

  it.each(["yesterday", "2026-02-30", "2026-3-4", "7", "-7d", ""])("refuses %j", (value) => {
    expect(() => parseDay(value, "2026-11-28", "--until")).toThrow(
      `--until "${value}" is not a date or an age`,
    );
  });
});

describe("filterItems and sortItems", () => {
  const items = [
    archiveItem(
      result("a.yaml"),
      briefing("Alpha", { date: "2026-03-04T09:00:00+01:00", tags: ["Ports"] }),
      "standard",
    ),
    archiveItem(
      result("b.yaml"),
      briefing("Beta", { date: "2026-03-05", tags: ["ports", "grain"] }),
      "flash",
    ),
    archiveItem(result("c.yaml"), briefing("Gamma", {}), "standard"),
    archiveItem(result("d.yaml", 1), undefined, undefined),
  ];

  it("compares date-times by their day and tags without case", () => {
    const paths = (f: Parameters<typeof filterItems>[1]) =>
      filterItems(items, f).map((i) => i.entry.path);
    expect(paths({ since: "2026-03-04", until: "2026-03-04" })).toEqual(["a.yaml", "d.yaml"]);
    expect(paths({ tags: ["PORTS"] })).toEqual(["a.yaml", "b.yaml", "d.yaml"]);
    expect(paths({ template: "flash" })).toEqual(["b.yaml", "d.yaml"]);
  });

  it("sorts newest first with undated items last, and by other columns", () => {
    expect(sortItems(items).map((i) => i.entry.path)).toEqual([
      "b.yaml",
      "a.yaml",
      "c.yaml",
      "d.yaml",
    ]);
    expect(sortItems(items, "headline").map((i) => i.entry.headline)).toEqual([
      "Alpha",
      "Beta",
      "Gamma",
      null,
    ]);
    expect(sortItems(items, "problems")[0]?.entry.path).toBe("d.yaml");
  });
});
