// Enforces the layers of web/src (docs/decisions/0051-web-boundaries.md): app composes features; a feature sees
// only itself, lib/ and ui/; lib/ and ui/ see neither. Only these rules run here: tsc checks the types.
import boundaries from "eslint-plugin-boundaries";
import tseslint from "typescript-eslint";

const layers = ["app", "feature", "lib", "ui"];

export default [
  { ignores: ["dist/**", "node_modules/**"] },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { boundaries },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.json" } },
      // Full paths from web/, first match wins: src/ itself is what is left, the entry (main.tsx, index.css).
      "boundaries/elements": [
        { type: "app", pattern: "src/app", partialMatch: false },
        { type: "feature", pattern: "src/features/*", capture: ["feature"], partialMatch: false },
        { type: "lib", pattern: "src/lib", partialMatch: false },
        { type: "ui", pattern: "src/ui", partialMatch: false },
        { type: "test", pattern: "src/test", partialMatch: false },
        { type: "entry", pattern: "src", partialMatch: false },
      ],
      "boundaries/files": [{ category: "test", pattern: "src/**/__tests__/**" }],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            { from: { element: { type: "entry" } }, allow: { to: { element: { types: { anyOf: ["entry", "app"] } } } } },
            { from: { element: { type: "app" } }, allow: { to: { element: { types: { anyOf: layers } } } } },
            // A feature's own files; any other feature is out of reach.
            { from: { element: { type: "feature" } }, allow: { dependency: { relationship: { from: "internal" } } } },
            { from: { element: { type: "feature" } }, allow: { to: { element: { types: { anyOf: ["lib", "ui"] } } } } },
            { from: { element: { type: "lib" } }, allow: { to: { element: { type: "lib" } } } },
            { from: { element: { type: "ui" } }, allow: { to: { element: { types: { anyOf: ["lib", "ui"] } } } } },
            // Tests render the whole app, so they and their helpers may reach any layer but another feature.
            { from: { file: { categories: "test" } }, allow: { to: { element: { types: { anyOf: ["test", ...layers.filter((l) => l !== "feature")] } } } } },
            { from: { element: { type: "test" } }, allow: { to: { element: { types: { anyOf: ["test", "app", "lib"] } } } } },
          ],
        },
      ],
      "boundaries/no-unknown-dependencies": "error",
      "boundaries/no-unknown-files": "error",
    },
  },
];
