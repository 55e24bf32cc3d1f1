import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ReporterContext, RuleInfo } from "../reporters/types.js";
import { packageFile, packageRoot } from "./package.js";

/** Reporters whose paths are read against the repository, not the working folder. */
const ROOTED = new Set(["github", "sarif"]);

/**
 * The repository root: `GITHUB_WORKSPACE` in GitHub Actions (where annotations and code
 * scanning resolve paths), else the git work tree around `cwd`, else `cwd` itself.
 */
export function findRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace) return resolve(cwd, workspace);
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (top) return top;
  } catch {
    // Not a git work tree, or no git: the working folder is the best root there is.
  }
  return cwd;
}

/** A path from `root` in POSIX form, or `undefined` when the file lies outside it. */
export function rootRelative(root: string, cwd: string, path: string): string | undefined {
  const rel = relative(root, resolve(cwd, path));
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

/**
 * Where rule pages and the README are published: `BRIEFING_DOCS_URL` (a base ending in `/`,
 * set by the GitHub Action to the tool's own repository), else the installed package.
 */
function docsBase(env: Readonly<Record<string, string | undefined>>): string {
  const base = env.BRIEFING_DOCS_URL;
  if (base) return base.endsWith("/") ? base : `${base}/`;
  return pathToFileURL(packageRoot).href;
}

/**
 * A rule's help page, the one home of that link for SARIF and the language server: its
 * page in `docs/rules` with the page's text, or the index page for a rule without one.
 */
export function ruleDocs(
  id: string,
  env: Readonly<Record<string, string | undefined>>,
): { helpUri: string; help?: string } {
  const base = docsBase(env);
  const file = packageFile("docs", "rules", `${id}.md`);
  if (!existsSync(file)) return { helpUri: `${base}docs/rules/README.md` };
  return { helpUri: `${base}docs/rules/${id}.md`, help: readFileSync(file, "utf8").trim() };
}

/** Adds help pages to rules that have one in `docs/rules`, and the index page to the rest. */
function withDocs(
  rules: RuleInfo[],
  env: Readonly<Record<string, string | undefined>>,
): RuleInfo[] {
  return rules.map((rule) => ({ ...rule, ...ruleDocs(rule.id, env) }));
}

/** What the chosen reporters need to know beyond the results; only what they use is looked up. */
export function reportContext(
  reporterNames: readonly string[],
  base: Omit<ReporterContext, "colors">,
  io: { cwd: string; env: Readonly<Record<string, string | undefined>> },
): Omit<ReporterContext, "colors"> {
  const ctx = { ...base };
  if (reporterNames.some((name) => ROOTED.has(name))) {
    const root = findRoot(io.cwd, io.env);
    ctx.fromRoot = (path) => rootRelative(root, io.cwd, path);
    const href = pathToFileURL(root).href;
    ctx.rootUri = href.endsWith("/") ? href : `${href}/`;
  }
  if (reporterNames.includes("sarif")) {
    ctx.informationUri = `${docsBase(io.env)}README.md`;
    ctx.rules = withDocs(ctx.rules, io.env);
  }
  return ctx;
}
