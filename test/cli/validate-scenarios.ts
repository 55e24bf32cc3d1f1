import { expect } from "@jest/globals";
import { fixture } from "../helpers/paths.js";

// The scenario table runs twice: in-process through main() (test/cli/validate.test.ts),
// and through the built bin as a child process (test/e2e/bin-scenarios.test.ts), so the
// bundle users run answers exactly as the source the other tests load.

/** One run of the command line and what it must give. */
export interface Scenario {
  name: string;
  args: string[];
  cwd?: string;
  stdin?: string;
  env?: Record<string, string>;
  tty?: boolean;
  code: number;
  stdout?: (string | RegExp)[];
  notStdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  emptyStdout?: boolean;
  emptyStderr?: boolean;
}

export const cli = fixture("cli");

export const scenarios: Scenario[] = [
  {
    name: "valid folder passes silently",
    args: ["validate", fixture("valid")],
    code: 0,
    emptyStdout: true,
    emptyStderr: true,
  },
  {
    name: "a problem is shown with path, line:col, severity, message and rule",
    args: ["validate", "invalid/headline-length.yaml"],
    cwd: fixture(),
    code: 1,
    stdout: [
      "invalid/headline-length.yaml\n",
      /1:11 +error +headline must be at most 120 characters; it has 173 +headline-length/,
      "✖ 2 problems (1 error, 1 warning)",
    ],
  },
  {
    name: "folders are searched recursively and one bad file does not stop the batch",
    args: ["validate", "mixed"],
    cwd: cli,
    code: 1,
    stdout: [
      "mixed/sub/broken.yaml",
      "mixed/sub/long-headline.yaml",
      "mixed/undated.yaml",
      /a quoted string is never closed/,
    ],
    notStdout: ["mixed/good.yaml"],
  },
  {
    name: "quoted globs are expanded by the tool",
    args: ["validate", "mixed/**/long-*.yaml"],
    cwd: cli,
    code: 1,
    stdout: ["mixed/sub/long-headline.yaml"],
    notStdout: ["broken.yaml"],
  },
  {
    name: "--ignore leaves files out",
    args: ["validate", "mixed", "--ignore", "**/sub/**"],
    cwd: cli,
    code: 0,
    stdout: ["mixed/undated.yaml", /1 problem \(0 errors, 1 warning\)/],
  },
  {
    name: "a missing file is a usage error",
    args: ["validate", "nope.yaml"],
    cwd: cli,
    code: 2,
    stderr: ["briefing: nope.yaml: no such file or directory\n"],
    emptyStdout: true,
  },
  {
    name: "a glob that matches nothing is a usage error",
    args: ["validate", "**/*.nothing"],
    cwd: cli,
    code: 2,
    stderr: ['no files match the pattern "**/*.nothing"'],
  },
  {
    name: "a folder with no briefings is a usage error",
    args: ["validate", "no-briefings"],
    cwd: cli,
    code: 2,
    stderr: ["no briefing files (*.yaml, *.yml, *.json) found in no-briefings"],
  },
  {
    name: "an unknown reporter is a usage error",
    args: ["validate", "mixed", "--reporter", "tap"],
    cwd: cli,
    code: 2,
    stderr: ['unknown reporter "tap"; choose one of stylish, json, github, junit, sarif'],
  },
  {
    name: "an unknown option is a usage error",
    args: ["validate", "--frobnicate"],
    cwd: cli,
    code: 2,
    stderr: ["briefing: unknown option '--frobnicate'"],
  },
  {
    name: "an unknown command is a usage error",
    args: ["valdate"],
    cwd: cli,
    code: 2,
    stderr: [/unknown command 'valdate'/, /Did you mean validate\?/],
  },
  {
    name: "--max-warnings needs a number",
    args: ["validate", "mixed", "--max-warnings", "many"],
    cwd: cli,
    code: 2,
    stderr: [/expected a whole number/],
  },
  {
    name: "two reporters on stdout are refused",
    args: ["validate", "mixed", "-r", "json", "-r", "github"],
    cwd: cli,
    code: 2,
    stderr: ["only one reporter can write to stdout"],
  },
  {
    name: "warnings alone exit 0",
    args: ["validate", "mixed/undated.yaml"],
    cwd: cli,
    code: 0,
    stdout: [/warning +the briefing has no date/],
  },
  {
    name: "warnings past --max-warnings exit 1",
    args: ["validate", "mixed/undated.yaml", "--max-warnings", "0"],
    cwd: cli,
    code: 1,
    stdout: ["briefing found too many warnings (maximum: 0)."],
  },
  {
    name: "warnings within --max-warnings exit 0",
    args: ["validate", "mixed/undated.yaml", "--max-warnings", "1"],
    cwd: cli,
    code: 0,
  },
  {
    name: "--quiet shows errors only",
    args: ["validate", "mixed", "--quiet"],
    cwd: cli,
    code: 1,
    notStdout: ["undated.yaml", / warning /],
    stdout: ["long-headline.yaml"],
  },
  {
    name: "stdin is read with -, its format sniffed",
    args: ["validate", "-"],
    cwd: cli,
    stdin: '{"headline": 5}',
    code: 1,
    stdout: ["<stdin>", /1:14 +error +headline must be text; it is a number \(5\)/],
  },
  {
    name: "--stdin-filename names standard input",
    args: ["validate", "-", "--stdin-filename", "piped.yaml"],
    cwd: cli,
    stdin: "headline: [",
    code: 1,
    stdout: ["piped.yaml", "syntax"],
  },
  {
    name: "github reporter emits workflow commands",
    args: ["validate", "mixed/sub/long-headline.yaml", "--reporter", "github"],
    cwd: cli,
    code: 1,
    stdout: [
      "::error file=test/fixtures/cli/mixed/sub/long-headline.yaml,line=1,col=11,endLine=1,endColumn=183,title=headline-length::headline must be at most 120 characters; it has 173\n",
    ],
  },
  {
    name: "a custom template file is validated and used",
    args: [
      "validate",
      "custom-template/round-up.yaml",
      "--template",
      "./custom-template/weekly.yaml",
    ],
    cwd: cli,
    code: 0,
    emptyStdout: true,
  },
  {
    name: "a briefing naming an unknown custom template fails without --template",
    args: ["validate", "custom-template/round-up.yaml"],
    cwd: cli,
    code: 1,
    stdout: [/unknown template "weekly"/],
  },
  {
    name: "an invalid template file is a usage error located in the template",
    args: ["validate", "mixed/good.yaml", "--template", "custom-template/bad-template.yaml"],
    cwd: cli,
    code: 2,
    stderr: [
      'briefing: invalid template custom-template/bad-template.yaml:4:5: sections[0] is missing "label"\n',
    ],
  },
  {
    name: "an unknown --template name is a usage error",
    args: ["validate", "mixed/good.yaml", "--template", "weekly"],
    cwd: cli,
    code: 2,
    stderr: [
      'briefing: unknown template "weekly"; known templates: bluf, flash, smart-brevity, standard. Add its folder to `templates:` in the configuration, or name its file (--template ./weekly.yaml)\n',
    ],
  },
  {
    name: "colour only on a TTY",
    args: ["validate", "mixed/undated.yaml"],
    cwd: cli,
    tty: true,
    code: 0,
    stdout: ["\u001b["],
  },
  {
    name: "NO_COLOR is honoured on a TTY",
    args: ["validate", "mixed/undated.yaml"],
    cwd: cli,
    tty: true,
    env: { NO_COLOR: "1" },
    code: 0,
    notStdout: ["\u001b["],
  },
  {
    name: "--no-color wins over FORCE_COLOR",
    args: ["--no-color", "validate", "mixed/undated.yaml"],
    cwd: cli,
    env: { FORCE_COLOR: "1" },
    code: 0,
    notStdout: ["\u001b["],
  },
  {
    name: "FORCE_COLOR colours piped output",
    args: ["validate", "mixed/undated.yaml"],
    cwd: cli,
    env: { FORCE_COLOR: "1" },
    code: 0,
    stdout: ["\u001b["],
  },
  {
    name: "--print-config prints the rules in effect as YAML",
    args: ["validate", "--print-config"],
    cwd: cli,
    code: 0,
    stdout: [
      /^# no configuration file found/,
      /^template: standard$/m,
      /^ {2}headline-length: error # default$/m,
    ],
    emptyStderr: true,
  },
  {
    name: "--help shows an example",
    args: ["validate", "--help"],
    cwd: cli,
    code: 0,
    stdout: ["Examples:", "$ briefing validate briefings/"],
  },
  {
    name: "--version prints the version",
    args: ["--version"],
    code: 0,
    stdout: [/^\d+\.\d+\.\d+\n$/],
  },
];

/** Checks one scenario's exit code and output against the table. */
export function checkScenario(s: Scenario, code: number | null, out: string, err: string): void {
  expect({ code, err }).toMatchObject({ code: s.code });
  for (const m of s.stdout ?? []) expect(out).toMatch(m);
  for (const m of s.notStdout ?? []) expect(out).not.toMatch(m);
  for (const m of s.stderr ?? []) expect(err).toMatch(m);
  if (s.emptyStdout) expect(out).toBe("");
  if (s.emptyStderr) expect(err).toBe("");
  // Never a stack trace, and every error is one line.
  expect(err).not.toMatch(/\n\s+at /);
  if (s.code === 2) expect(err.trimEnd().split("\n")).toHaveLength(1);
}
