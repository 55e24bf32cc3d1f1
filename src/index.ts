// The library entry: the core, the reporters and file-level conveniences; nothing of the CLI.
export type {
  Briefing,
  Section,
  Meta,
  SourceRef,
  Problem,
  FileResult,
  Severity,
  RuleLevel,
  DocPath,
} from "./core/types.js";
export type {
  Template,
  SectionSpec,
  ParagraphSpec,
  HeadlineSpec,
  TemplateRegistry,
} from "./core/template.js";
export {
  sectionLabel,
  conclusionLabel,
  templateSchema,
  DEFAULT_TEMPLATE,
} from "./core/template.js";
export { parseTemplate } from "./core/template-load.js";
export { decodeText } from "./core/decode.js";
export { parseSource, detectFormat, type Format, type ParsedSource } from "./core/source.js";
export { readSource } from "./core/source-read.js";
export { schemaProblems, type SchemaCheck } from "./core/schema.js";
export { checkSource, type ValidateOptions, type RuleSetting } from "./core/validate.js";
export { validateText, validateBytes } from "./core/inspect-text.js";
export { rules, ruleById, type Rule, type RuleContext, type Finding } from "./core/rules/index.js";
export { reporters, getReporter, reporterNames } from "./reporters/index.js";
export type { Reporter, ReporterContext, Colors } from "./reporters/types.js";
export { plainColors } from "./reporters/types.js";
export {
  validate,
  render,
  type ApiRenderOptions,
  loadBriefing,
  builtinTemplates,
  briefingSchema,
  loadTemplateFile,
  type ApiValidateOptions,
  type LoadResult,
} from "./api.js";
export {
  parseText,
  parseMarkdown,
  looksLikeMarkdown,
  detectImportFormat,
  parseBriefingText,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from "./import/index.js";
export { exporters, getExporter, formatIds } from "./render/index.js";
export type { Exporter, RenderOptions, SyncExporter } from "./render/types.js";
export { renderTerminal } from "./render/terminal.js";
export {
  DEFAULT_WORDS_PER_MINUTE,
  readingLine,
  readingStats,
  segmentWords,
  type ReadingStats,
} from "./core/reading.js";
export { resolveBriefing, type ResolvedBriefing } from "./render/resolve.js";
export { briefingFileText, SCHEMA_URL } from "./core/serialize.js";
