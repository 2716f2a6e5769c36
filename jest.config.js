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

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/core/**/*.test.ts"] },
    {
      ...common,
      displayName: "contract",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/test/contract/**/*.test.ts",
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
