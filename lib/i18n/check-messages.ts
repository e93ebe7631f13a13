// The message catalogues' consistency, for scripts/check-messages.ts (npm run check) and its test:
// every key in every language, each message valid ICU, and the same top-level arguments everywhere.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";

type Tree = { [key: string]: string | Tree };

/** "a.b.c" → message, for every leaf. */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The message's own arguments ({name}, {count, plural, …}), not the words inside plural branches. */
export function topLevelArguments(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "'" && (message[i + 1] === "{" || message[i + 1] === "}" || quoted)) quoted = !quoted;
    if (quoted) continue;
    if (c === "{") {
      if (depth === 0) {
        const name = /^\{\s*([\w]+)/.exec(message.slice(i))?.[1];
        if (name) names.add(name);
      }
      depth++;
    } else if (c === "}") depth = Math.max(0, depth - 1);
  }
  return [...names].sort();
}

/** What is wrong with these catalogues (language → messages); [] when all is well. The first language is the reference. */
export function checkMessages(catalogues: Record<string, Tree>): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(Object.entries(catalogues).map(([lang, tree]) => [lang, flatten(tree)]));
  const [reference] = Object.keys(flat);
  const allKeys = new Set(Object.values(flat).flatMap((m) => [...m.keys()]));
  for (const key of [...allKeys].sort()) {
    for (const [lang, messages] of Object.entries(flat)) if (!messages.has(key)) problems.push(`${lang}: missing "${key}"`);
    const want = flat[reference].get(key);
    if (want === undefined) continue;
    for (const [lang, messages] of Object.entries(flat)) {
      const got = messages.get(key);
      if (got !== undefined && topLevelArguments(got).join(",") !== topLevelArguments(want).join(","))
        problems.push(
          `${lang}: "${key}" has arguments {${topLevelArguments(got).join(", ")}}, ${reference} has {${topLevelArguments(want).join(", ")}}`,
        );
    }
  }
  // ICU syntax: next-intl's own parser reports an invalid message (a missing value is not a problem here).
  for (const [lang, tree] of Object.entries(catalogues)) {
    const t = createTranslator({
      locale: lang,
      messages: tree as AbstractIntlMessages,
      onError: (e) => {
        if (e.code === "INVALID_MESSAGE") problems.push(`${lang}: ${e.message}`);
      },
      getMessageFallback: ({ key }) => key,
    });
    // With values (even none), so the message is parsed: a plain call returns text without reading it.
    for (const key of flat[lang].keys()) (t as unknown as (k: string, v: object) => string)(key, {});
  }
  return problems;
}
