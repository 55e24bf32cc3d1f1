import { leadRequired, sectionLabel, type Template } from "../core/template.js";
import type { Briefing, Section } from "../core/types.js";
import { canonicalLabel, customId, type LabelMatch } from "./labels.js";
import { continuesBullet, join, type TextFlags } from "./prose.js";
import { ImportRecord } from "./record.js";
import type { ImportOptions, ImportResult } from "./types.js";
import { overriddenLabels, unknownLabelsProblem, type UnknownLabel } from "./unknown.js";

type Part = "summary" | "lead" | "bullet" | "after" | "conclusion";
type Located = Section & { line: number; column: number };

/**
 * Assembles a briefing from the parts a reader finds, in order: a headline, text, labels,
 * bullets. Both importers feed it, so plain text and Markdown follow the same rules and
 * report the same problems. Nothing is dropped: text that fits no part is kept in the
 * nearest one and reported.
 */
export class BriefingBuilder extends ImportRecord {
  private headlineText: string | undefined;
  private summaryText: string | undefined;
  private conclusionText: string | undefined;
  private conclusionLine = 0;
  private readonly sections: Located[] = [];
  private current: Part | undefined;
  private unknown: UnknownLabel[] = [];
  private readonly template: Template;

  constructor(private readonly options: ImportOptions) {
    super(options.file ?? "<input>");
    this.template = options.template;
  }

  get hasHeadline(): boolean {
    return this.headlineText !== undefined;
  }

  get hasSummary(): boolean {
    return this.summaryText !== undefined;
  }

  /** Whether any part after the headline has begun, so a new label can start the next. */
  get hasBody(): boolean {
    return this.summaryText !== undefined || this.sections.length > 0;
  }

  /** The last line read, to tell a new part from the continuation of a wrapped one. */
  previousText = ".";

  /** Whether a label stood alone on its line, so its text is the next line. */
  get awaitingText(): boolean {
    const section = this.sections.at(-1);
    if (this.current === "lead") return !section?.lead && !section?.bullets?.length;
    if (this.current === "conclusion") return !this.conclusionText;
    if (this.current === "summary") return !this.summaryText;
    return false;
  }

  private get sectionPointer(): string {
    return `/sections/${this.sections.length - 1}`;
  }

  headline(text: string, line: number): void {
    this.headlineText = text;
    this.lines.set("/headline", line);
    this.place(line, "/headline");
  }

  /** A plain line: the summary, a new paragraph, or the continuation of the part being read. */
  text(text: string, line: number, flags: TextFlags = {}): void {
    if (this.summaryText === undefined && this.sections.length === 0 && !this.conclusionText) {
      this.summaryText = text;
      this.current = "summary";
      this.lines.set("/summary", line);
      this.place(line, "/summary");
      return;
    }
    const section = this.sections.at(-1);
    switch (this.current) {
      case "summary":
        this.summaryText = join(this.summaryText, text, flags.paragraph);
        this.place(line, "/summary");
        return;
      case "conclusion":
        if (!this.conclusionText) this.lines.set("/conclusion", line);
        this.conclusionText = join(this.conclusionText, text, flags.paragraph);
        this.place(line, "/conclusion");
        return;
      case "bullet":
        if (section?.bullets?.length && continuesBullet(flags, this.previousText)) {
          section.bullets[section.bullets.length - 1] = join(section.bullets.at(-1), text);
          this.place(line, `${this.sectionPointer}/bullets/${section.bullets.length - 1}`);
          return;
        }
        // Text after a list keeps its place after the list, never part of the last bullet.
        this.current = "after";
        this.addProse("after", text, line, true);
        return;
      case "after":
        this.addProse("after", text, line, flags.paragraph === true);
        return;
      default:
        this.addProse("lead", text, line, flags.paragraph === true);
    }
  }

  /** Text of the current section: its lead, or the paragraphs after its bullets. */
  private addProse(key: "lead" | "after", text: string, line: number, paragraph: boolean): void {
    const section = this.sections.at(-1);
    if (!section) return;
    if (!section[key]) this.lines.set(`${this.sectionPointer}/${key}`, line);
    section[key] = join(section[key], text, paragraph);
    this.place(line, `${this.sectionPointer}/${key}`);
  }

  /** A line that starts with one of the template's labels (or an alias of one). */
  label(match: LabelMatch, line: number, column: number): void {
    const { target, rest } = match;
    const canonical = canonicalLabel(match, this.template);
    this.guess({
      kind: "label",
      line,
      value: canonical,
      reason: match.alias
        ? `"${match.written}" is an alias of "${match.alias}"`
        : `"${match.written}" read as the label "${canonical}"`,
    });
    if (target.kind === "summary" && this.summaryText === undefined && this.sections.length === 0) {
      this.summaryText = rest;
      this.current = "summary";
      this.lines.set("/summary", line);
      this.place(line, "/summary");
    } else if (target.kind === "conclusion") {
      if (this.conclusionText !== undefined) {
        this.error(
          `a second conclusion; the first is on line ${this.conclusionLine}, and this one is kept as a paragraph of it`,
          line,
          column,
        );
        this.current = "conclusion";
        if (rest) this.text(`${match.written}. ${rest}`, line, { paragraph: true });
        else this.text(match.written, line, { paragraph: true });
        return;
      }
      this.conclusionText = rest;
      this.conclusionLine = line;
      this.current = "conclusion";
      this.lines.set("/conclusion", line);
      this.place(line, "/conclusion");
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

  /** A line that looks like a label the template does not have: kept as a custom section. */
  unknownLabel(label: string, rest: string, line: number, column: number): void {
    this.unknown.push({ label, line, column, section: this.sections.length });
    this.guess({
      kind: "label",
      line,
      value: label,
      reason: "custom section from a label the template does not know",
    });
    this.openSection({ id: customId(label), label }, rest, line, column);
  }

  /** One problem for all the unknown labels of a file, at the first. */
  private reportUnknown(): void {
    const { left, read } = overriddenLabels(this.sections, this.unknown, this.template);
    this.unknown = left;
    for (const u of read) {
      const name = sectionLabel(this.template, { id: this.sections[u.section]?.id ?? "" });
      const reason = `"${u.label}" stands where "${name}" is missing: that section, under its own label`;
      this.guess({ kind: "label", line: u.line, value: u.label, reason });
      this.error(`${reason} (label: ${u.label})`, u.line, u.column, "warning");
    }
    if (this.options.lenient) return;
    const found = unknownLabelsProblem(this.unknown, this.template, this.options.others ?? []);
    if (!found) return;
    this.error(found.message, found.line, found.column);
    // The template check would say each is not the template's; this problem says it once.
    this.reported.push(...this.unknown.map((u) => `/sections/${u.section}/id`));
  }

  private openSection(section: Section, lead: string, line: number, column: number): void {
    if (this.conclusionText !== undefined)
      this.error("a section after the conclusion; the conclusion comes last", line, column);
    const index = this.sections.length;
    this.sections.push({ ...section, ...(lead ? { lead } : {}), line, column });
    this.current = "lead";
    this.lines.set(`/sections/${index}`, line);
    this.place(line, lead ? `/sections/${index}/lead` : `/sections/${index}`);
    if (lead) this.lines.set(`/sections/${index}/lead`, line);
  }

  bullet(text: string, line: number, column: number): void {
    if (this.conclusionText !== undefined) {
      this.error(
        "bullets after the conclusion are kept as paragraphs of it",
        line,
        column,
        "warning",
        "bullet-after-conclusion",
      );
      this.current = "conclusion";
      this.text(text, line, { paragraph: true });
      return;
    }
    if (this.current === "after")
      this.error(
        "a list after the text that follows a list joins that list; the text is printed after both",
        line,
        column,
        "warning",
        "list-after-text",
      );
    if (this.sections.length === 0) this.implicitSection(line, column);
    const section = this.sections.at(-1) as Located;
    (section.bullets ??= []).push(text);
    this.current = "bullet";
    const pointer = `${this.sectionPointer}/bullets/${section.bullets.length - 1}`;
    this.lines.set(pointer, line);
    this.place(line, pointer);
  }

  /** Bullets before any label go to the template's first section, as a flash update is written. */
  private implicitSection(line: number, column: number): void {
    const spec = this.template.sections[0];
    const id = spec?.id ?? "details";
    const label = sectionLabel(this.template, { id });
    this.guess({
      kind: "structure",
      line,
      value: label,
      reason: "bullets before any section label",
    });
    if (leadRequired(spec))
      this.error(
        `bullets before any section label were put in "${label}"; add a label line above them if they belong elsewhere`,
        line,
        column,
        "warning",
      );
    this.sections.push({ id, line, column });
    this.lines.set(`/sections/${this.sections.length - 1}`, line);
  }

  finish(lastLine: number): ImportResult {
    const base = this.record;
    if (this.headlineText === undefined) {
      this.error("the text is empty; a briefing starts with its headline", 1);
      return { problems: this.problems, ...base };
    }
    this.reportUnknown();
    const conclusion = this.template.conclusion?.label ?? "Conclusion";
    if (this.summaryText === undefined)
      this.error(
        "no summary: nothing stands between the headline and the first label",
        (this.lines.get("/headline") ?? 1) + 1,
      );
    if (this.conclusionText === undefined)
      this.error(`no conclusion: add a last part that starts with "${conclusion}."`, lastLine);
    for (const s of this.sections) {
      if (!s.lead && !s.bullets?.length)
        this.error(
          `section "${sectionLabel(this.template, s)}" has neither a lead nor bullets`,
          s.line,
          s.column,
        );
    }
    const problems = [...this.problems].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    if (this.options.strict && problems.some((p) => p.severity === "error"))
      return { problems, ...base };
    const briefing: Briefing = {
      template: this.template.id,
      headline: this.headlineText,
      summary: this.summaryText ?? "",
      // Keys in reading order, whatever order the parts were found in.
      sections: this.sections.map(({ id, label, lead, bullets, after }) => ({
        id,
        ...(label !== undefined ? { label } : {}),
        ...(lead !== undefined ? { lead } : {}),
        ...(bullets !== undefined ? { bullets } : {}),
        ...(after !== undefined ? { after } : {}),
      })),
      conclusion: this.conclusionText ?? "",
    };
    return { briefing, problems, ...base };
  }
}
