// Lint rules for the whole tree. Type-aware rules catch what the compiler does not (promises
// left floating or passed where a callback returns void); react-hooks and jsx-a11y check what a
// reviewer would otherwise have to: hooks called in order, and markup usable with a keyboard and
// a screen reader. Formatting is Prettier's job, so no stylistic rules here.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "build-dev/**",
      "public/build/**",
      "public/build-dev/**",
      "data/**",
      ".cache/**",
      "tests/.tmp/**",
      "test-results/**",
      "playwright-report/**",
      "bench/references/remix-app/build/**",
      "bench/references/remix-app/public/build/**",
      "bench/references/.build/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    rules: {
      // Remix's loaders and actions stop with `throw redirect(...)`, `throw data(...)` or a Response.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            { from: "package", package: "@remix-run/server-runtime", name: "TypedResponse" },
            { from: "package", package: "@remix-run/router", name: "DataWithResponseInit" },
          ],
        },
      ],
      // A leading underscore marks a value left out on purpose (a destructured field dropped from a copy).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Remix calls every loader and action as async; one that happens not to await is fine.
      "@typescript-eslint/require-await": "off",
      // Its fixes narrow what an assertion widened on purpose (`{} as Record<string, string>` in
      // an action's data), which changes the type the page reads.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      // React Hook Form's handleSubmit and Express's async handlers return promises where a
      // callback's result is ignored; each handles its own errors. Promises used as conditions
      // or spread are still caught.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
    },
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A scrollable region must be reachable by keyboard to be scrolled (axe: scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"], tags: [] }],
    },
  },
  {
    // Components reach the browser bundle, where a server module's values are empty: a constant
    // imported from one renders as nothing after hydration. Their view types live in *.types.ts.
    files: ["app/components/**/*.tsx", "app/components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.server", "**/*.server.*"],
              message: "Components must not import server modules; put the type in a *.types.ts module or app/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.tsx", "**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests read JSON they parse and use vitest's asymmetric matchers (typed `any`) on purpose.
    files: ["tests/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      // Kysely's expression builder is destructured in callbacks (`({ not, exists }) => …`).
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // A migration sees the database as it was then, not as typed today (Kysely's advice).
    files: ["db/migrations/**", "tests/integration/*migration*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
