/**
 * Test projects, each selectable with `jest --selectProjects NAME`:
 * unit (pure core), contract (headless-word and src/word), cli, taskpane (jsdom), e2e (real Chromium),
 * deployment (production build served locally). `npm test` runs them all.
 */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true },
    diagnostics: false,
  },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

const os = require("node:os");

/**
 * Jest's default is one worker fewer than the cores, which on a 2-core CI machine means every suite runs in band on
 * one core. The slow suites spend most of their time waiting on Chromium, LibreOffice and the CLI's child processes,
 * so one worker per core (at least two) keeps both cores busy; every suite already uses its own temporary folders,
 * free ports and LibreOffice profiles, so they can run side by side.
 */
const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: Math.max(2, cores),
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/core/**/*.test.ts"] },
    {
      ...common,
      displayName: "contract",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/test/contract/**/*.test.ts",
        "<rootDir>/test/docx/**/*.test.ts",
        "<rootDir>/test/word-pane/**/*.test.ts",
        "<rootDir>/test/headless-word/**/*.test.ts",
        "<rootDir>/test/word/**/*.test.ts",
        "<rootDir>/test/fixtures/**/*.test.ts",
        "<rootDir>/test/reliability/**/*.test.ts",
        "<rootDir>/test/manifest/**/*.test.ts",
        "<rootDir>/test/corpus/**/*.test.ts",
      ],
    },
    { ...common, displayName: "cli", testEnvironment: "node", testMatch: ["<rootDir>/test/cli/**/*.test.ts"] },
    {
      ...common,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/deployment/**/*.test.ts"],
    },
  ],
  testTimeout: 60000,
};
