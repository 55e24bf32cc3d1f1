import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const pureLayers = ["src/core/**", "src/render/**", "src/import/**", "src/reporters/**"];

// Packages that src/ may import lazily by name (`await import("pkg")`). The bin is an
// esbuild bundle with code splitting, and a lazy import of a package whose `exports` send
// Node to a CommonJS build becomes a chunk without named exports (esbuild #3245): the
// named import is then undefined in the shipped command only. Import a package statically
// from a small local module and load that module lazily instead. A name belongs here only
// when the package is ES modules only and the packed-package test runs the code path.
const lazyPackages = [];
const lazyAllowed = lazyPackages.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
const bareSpecifier = `^(?!\\.|node:${lazyAllowed.map((name) => `|${name}$`).join("")})`;

const lazyImport = {
  selector: `ImportExpression > Literal.source[value=/${bareSpecifier}/]`,
  message:
    "Do not import a package lazily by name: the bundled bin may lose its named exports. Import it statically in a small local module and import that module lazily.",
};

// Knowledge with one home: reading it anywhere else lets the copies drift apart.
const oneHome = [
  {
    selector:
      "BinaryExpression[right.value=false] > MemberExpression.left[property.name='required']",
    message:
      "Whether a section or lead is required is decided in src/core/template.ts: use sectionRequired, leadRequired or leadMayBeEmpty.",
  },
  {
    selector: "Literal[regex.pattern=/u202a|u2066|u007f|u0080|x7f|x80/i]",
    message:
      "The control, bidi and zero-width character sets live in src/core/unsafe-chars.ts: build the class with charClass().",
  },
  {
    selector: "FunctionDeclaration[id.name='plural'], VariableDeclarator[id.name='plural']",
    message: "Use plural() from src/core/words.ts.",
  },
  {
    selector: "FunctionDeclaration[id.name='isRecord'], VariableDeclarator[id.name='isRecord']",
    message: "Use isRecord() from src/core/types.ts.",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test/fixtures/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ["./tsconfig.test.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
  {
    // CommonJS preload scripts (node --require) and the VS Code extension load with require().
    files: ["**/*.cjs", "editors/vscode/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts"],
    rules: { "no-restricted-syntax": ["error", lazyImport, ...oneHome] },
  },
  {
    // The homes themselves.
    files: [
      "src/core/template.ts",
      "src/core/words.ts",
      "src/core/unsafe-chars.ts",
      "src/core/types.ts",
    ],
    rules: { "no-restricted-syntax": ["error", lazyImport] },
  },
  {
    // The pure layers take values in and give values out; I/O is passed in by the commands.
    files: pureLayers,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            "fs",
            "node:fs",
            "fs/promises",
            "node:fs/promises",
            "child_process",
            "node:child_process",
            "readline",
            "node:readline",
            "tty",
            "node:tty",
            "chalk",
            "commander",
          ],
          patterns: ["@inquirer/*", "**/io/*", "**/cli/*", "**/commands/*"],
        },
      ],
      "no-restricted-globals": ["error", "process"],
    },
  },
  {
    // Commands, prompts and I/O are handed what the program decided (streams, colour,
    // configuration path); only the program layer in src/cli/ knows about argv and flags.
    files: ["src/commands/**", "src/prompts/**", "src/io/**", "src/lsp/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["**/cli/*"] }],
    },
  },
);
