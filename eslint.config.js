import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const pureLayers = ["src/core/**", "src/render/**", "src/import/**", "src/reporters/**"];

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
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
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
);
