/** @type {import('jest').Config} */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  extensionsToTreatAsEsm: [".ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  testTimeout: 30000,
  // One worker per core (Jest's default leaves one core to itself, which on two cores runs
  // the whole suite in one process). The heavy tests spend their time in child processes.
  maxWorkers: "100%",
  testSequencer: "<rootDir>/test/sequencer.cjs",
};
