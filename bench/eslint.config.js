// ESLint finds the nearest config from each file, so this one serves bench/: the root rules,
// plus CommonJS without type information for rss.cjs (a --require preload must be CommonJS
// on Node 20, and the root config only exempts .js and .mjs from typed linting).
import tseslint from "typescript-eslint";
import globals from "globals";
import rootConfig from "../eslint.config.js";

export default tseslint.config(...rootConfig, {
  files: ["**/*.cjs"],
  ...tseslint.configs.disableTypeChecked,
  languageOptions: {
    ...tseslint.configs.disableTypeChecked.languageOptions,
    sourceType: "commonjs",
    globals: globals.node,
  },
  rules: {
    ...tseslint.configs.disableTypeChecked.rules,
    "@typescript-eslint/no-require-imports": "off",
  },
});
