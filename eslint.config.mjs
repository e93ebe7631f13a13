import next from "eslint-config-next";

const config = [
  ...next,
  {
    ignores: ["lib/generated/**", ".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "bench/results/**"],
  },
];

export default config;
