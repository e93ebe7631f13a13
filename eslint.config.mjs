import next from "eslint-config-next";

export default [
  ...next,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**"] },
];
