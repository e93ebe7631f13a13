// npm run check: fails when a message key is in one language and not another, when a message is not
// valid ICU, or when a translation names other arguments than English (messages/*.json, lib/i18n).
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "../lib/i18n/config";
import { checkMessages } from "../lib/i18n/check-messages";

const root = path.resolve(import.meta.dirname, "..");
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(root, "messages", `${l}.json`), "utf8"))]));
const problems = checkMessages(catalogues);
if (problems.length) {
  console.error(`Message catalogues: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`Message catalogues: ${LOCALES.join(", ")} agree.`);
