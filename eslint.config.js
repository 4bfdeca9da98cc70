// ESLint for the browser modules and their tests (scripts/test runs it).
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["assets/src/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
    rules: {
      // a local that hides an imported module broke the page twice when the scripts became modules
      "no-shadow": ["error", { builtinGlobals: false }],
      "no-redeclare": "error",
      eqeqeq: ["error", "always"],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    files: ["tests/js/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
];
