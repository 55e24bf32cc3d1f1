import { sectionLabel, type Template } from "../core/template.js";
import type { Briefing, Problem, Section } from "../core/types.js";
import { customId, type LabelMatch } from "./labels.js";
import type { ImportOptions, ImportResult } from "./types.js";

type Part = "summary" | "lead" | "bullet" | "conclusion";

/**
 * Assembles a briefing from the parts a reader finds, in order: a headline, text, labels,
 * bullets. Both importers feed it, so plain text and Markdown follow the same rules and
 * report the same problems.
 */
export class BriefingBuilder {
  private headlineText: string | undefined;
  private summaryText: string | undefined;
  private conclusionText: string | undefined;
  private conclusionLine = 0;
  private readonly sections: (Section & { line: number; column: number })[] = [];
  private current: Part | undefined;
  private readonly problems: Problem[] = [];
  private readonly lines = new Map<string, number>();
  private readonly template: Template;
  private readonly file: string;

  constructor(private readonly options: ImportOptions) {
    this.template = options.template;
    this.file = options.file ?? "<input>";
  }

  /** Reports a located error. */
  error(message: string, line: number, column = 1): void {
    this.problems.push({
      rule: "import",
      severity: "error",
      message,
      path: this.file,
      line,
      column,
    });
  }

  get hasHeadline(): boolean {
    return this.headlineText !== undefined;
  }

  get hasSummary(): boolean {
    return this.summaryText !== undefined;
  }

  /** The last line read, to tell a new part from the continuation of a wrapped one. */
  previousText = ".";

  /** Whether a label stood alone on its line, so its text is the next line. */
  get awaitingText(): boolean {
    const section = this.sections.at(-1);
    if (this.current === "lead") return !section?.lead;
    if (this.current === "conclusion") return !this.conclusionText;
    if (this.current === "summary") return !this.summaryText;
    return false;
  }

  headline(text: string, line: number): void {
    this.headlineText = text;
    this.lines.set("/headline", line);
  }

  /** A plain line or paragraph: the summary, or the continuation of the part being read. */
  text(text: string, line: number): void {
    if (
      this.summaryText === undefined &&
      this.sections.length === 0 &&
      this.conclusionText === undefined
    ) {
      this.summaryText = text;
      this.current = "summary";
      this.lines.set("/summary", line);
      return;
    }
    this.append(text, line);
  }

  private append(text: string, line: number): void {
    const section = this.sections.at(-1);
    switch (this.current) {
      case "summary":
        this.summaryText = join(this.summaryText, text);
        return;
      case "conclusion":
        if (!this.conclusionText) this.lines.set("/conclusion", line);
        this.conclusionText = join(this.conclusionText, text);
        return;
      case "lead":
        if (section) {
          if (!section.lead) this.lines.set(`/sections/${this.sections.length - 1}/lead`, line);
          section.lead = join(section.lead, text);
        }
        return;
      case "bullet":
        if (section?.bullets?.length)
          section.bullets[section.bullets.length - 1] = join(section.bullets.at(-1), text);
        return;
      default:
        this.error("text here belongs to no part of the briefing", line);
    }
  }

  /** A line that starts with one of the template's labels. */
  label(match: LabelMatch, line: number, column: number): void {
    const { target, rest } = match;
    if (target.kind === "summary" && this.summaryText === undefined && this.sections.length === 0) {
      this.summaryText = rest;
      this.current = "summary";
      this.lines.set("/summary", line);
    } else if (target.kind === "conclusion") {
      if (this.conclusionText !== undefined) {
        this.error(
          `a second conclusion; the first is on line ${this.conclusionLine}`,
          line,
          column,
        );
        return;
      }
      this.conclusionText = rest;
      this.conclusionLine = line;
      this.current = "conclusion";
      this.lines.set("/conclusion", line);
    } else if (target.kind === "section") {
      this.openSection(
        { id: target.id, ...(target.label ? { label: target.label } : {}) },
        rest,
        line,
        column,
      );
    } else {
      this.text(`${match.written}. ${rest}`.trim(), line);
    }
  }

  /** A line that looks like a label the template does not have. */
  unknownLabel(label: string, rest: string, line: number, column: number): void {
    if (!this.options.lenient) {
      const labels = [
        ...this.template.sections.map((s) => s.label),
        this.template.conclusion?.label ?? "Conclusion",
      ];
      this.error(
        `"${label}." looks like a section label, but the ${this.template.id} template has none by that name (${labels.join(", ")}); use --lenient to keep it as a custom section`,
        line,
        column,
      );
    }
    this.openSection({ id: customId(label), label }, rest, line, column);
  }

  private openSection(section: Section, lead: string, line: number, column: number): void {
    if (this.conclusionText !== undefined)
      this.error("a section after the conclusion; the conclusion comes last", line, column);
    const index = this.sections.length;
    this.sections.push({ ...section, ...(lead ? { lead } : {}), line, column });
    this.current = "lead";
    this.lines.set(`/sections/${index}`, line);
    if (lead) this.lines.set(`/sections/${index}/lead`, line);
  }

  bullet(text: string, line: number, column: number): void {
    const section = this.sections.at(-1);
    if (this.conclusionText !== undefined) {
      this.error("a bullet after the conclusion; bullets belong to a section", line, column);
      return;
    }
    if (!section) {
      this.error("a bullet before any section label; bullets belong to a section", line, column);
      return;
    }
    (section.bullets ??= []).push(text);
    this.current = "bullet";
    this.lines.set(
      `/sections/${this.sections.length - 1}/bullets/${section.bullets.length - 1}`,
      line,
    );
  }

  finish(lastLine: number): ImportResult {
    if (this.headlineText === undefined) {
      this.error("the text is empty; a briefing starts with its headline", 1);
    } else {
      if (this.summaryText === undefined)
        this.error("no summary after the headline", (this.lines.get("/headline") ?? 1) + 1);
      if (this.conclusionText === undefined) {
        this.error(
          `no conclusion: the last part must start with "${this.template.conclusion?.label ?? "Conclusion"}."`,
          lastLine,
        );
      }
    }
    for (const s of this.sections) {
      if (!s.lead && !s.bullets?.length) {
        this.error(
          `section "${sectionLabel(this.template, s)}" has neither a lead nor bullets`,
          s.line,
          s.column,
        );
      }
    }
    const problems = [...this.problems].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    if (problems.length > 0) return { problems, lines: this.lines };
    const briefing: Briefing = {
      template: this.template.id,
      headline: this.headlineText ?? "",
      summary: this.summaryText ?? "",
      sections: this.sections.map(({ line: _l, column: _c, ...s }) => s),
      conclusion: this.conclusionText ?? "",
    };
    return { briefing, problems: [], lines: this.lines };
  }
}

function join(a: string | undefined, b: string): string {
  return a ? `${a} ${b}` : b;
}
