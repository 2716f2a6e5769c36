// Layers are enforced here, not just described (DESIGN.md § Style): core is pure, only src/word talks to Office.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeGlobals = ["Office", "Word", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/word may use Office.js; pass a Word.RequestContext in.",
}));
const domGlobals = ["window", "document", "navigator", "localStorage", "fetch", "XMLHttpRequest"].map((name) => ({
  name,
  message: "src/core is pure: no DOM, no I/O.",
}));

// src/core's folders depend one way (DESIGN.md § Layout), bottom → top: vocabulary (data) → detect → templates
// (structure, registers) → risk → guidance → checks → analyze. A folder may import its own and lower ones only; the
// contract files beside them (model, report, edits, context, settings) may be imported from anywhere.
const coreBase = [
  { group: ["fs", "node:*", "path", "os", "child_process"], message: "src/core is pure: no I/O." },
  {
    group: [
      "**/word/**",
      "**/headless-word/**",
      "**/taskpane/**",
      "**/cli/**",
      "**/playground/**",
      "react",
      "@fluentui/*",
    ],
    message: "src/core imports nothing outside itself.",
  },
];
const CORE_LAYERS = ["vocabulary", "detect", "templates", "risk", "guidance", "checks"];
const above = (layer) => [
  ...CORE_LAYERS.slice(CORE_LAYERS.indexOf(layer) + 1).flatMap((l) => [`**/${l}`, `**/${l}/**`]),
  "**/analyze",
];
const coreLayerRules = CORE_LAYERS.map((layer) => ({
  files: [`src/core/${layer}/**/*.ts`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...coreBase,
          {
            group: above(layer),
            message: `src/core/${layer} may not import a higher layer (DESIGN.md § Layout): move the shared piece down.`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "release/**",
      "node_modules/**",
      "test-results/**",
      "coverage/**",
      ".bench/**",
      "scratch/**",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, ...domGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: coreBase,
        },
      ],
    },
  },
  ...coreLayerRules,
  {
    // The .docx reader every host shares (Word, CLI, playground, headless-word): no Office, no DOM, no Node.
    files: ["src/docx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, ...domGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "node:*", "path", "os", "child_process"], message: "src/docx runs in the browser too." },
            {
              group: [
                "**/core/**",
                "!**/core/model",
                "**/word/**",
                "**/headless-word/**",
                "**/taskpane/**",
                "**/cli/**",
                "**/playground/**",
              ],
              message: "src/docx imports nothing of ours but the core's model types.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/headless-word/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/core/**", "**/word/**", "**/taskpane/**", "**/cli/**", "**/playground/**"],
              message: "headless-word builds on src/docx and knows nothing else of ours.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/taskpane/**/*.ts",
      "src/taskpane/**/*.tsx",
      "src/cli/**/*.ts",
      "src/playground/**/*.ts",
      "src/playground/**/*.tsx",
    ],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-globals": ["error", ...officeGlobals] },
  },
  {
    files: ["src/word/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/taskpane/**", "**/cli/**", "**/playground/**", "**/headless-word/**"],
              message: "src/word depends on core and docx only; the host passes the context and the file in.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
);
