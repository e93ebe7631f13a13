// Fails when a page, route handler or server action is added without an authorization entry,
// or when an action's body does not make the check its entry promises.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES } from "./matrix";

const root = path.resolve(import.meta.dirname, "../..");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(root, p)];
  });
}

const REQUIRED: Record<string, RegExp> = {
  user: /await assertUser\(\)/,
  registry: /await assertRegistryAccess\(/,
  owner: /await assertRegistryOwner\(/,
  admin: /await assertAdmin\(\)/,
  "guest-slug": /await guestRegistry\(|findGuestTarget\(|guestCheckout\(/,
  "signed-link": /verify\(|resetPassword\(|confirmEmailChange\(/,
  public: /parseInput\(|signOut\(/,
};

/** The text of each exported action function in a file, up to the next export. */
function actionBodies(file: string) {
  const src = readFileSync(path.join(root, file), "utf8");
  const parts = src.split(/\nexport async function /).slice(1);
  return parts.map((p) => ({ name: p.slice(0, p.indexOf("(")), body: p }));
}

describe("authorization matrix coverage", () => {
  it("lists every page and route handler", () => {
    const files = [
      ...walk(path.join(root, "app")).filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f)),
      // Pages Router pages (not _app, _document, _error)
      ...walk(path.join(root, "pages")).filter((f) => /\.tsx$/.test(f) && !/(^|\/)_[a-z]+\.tsx$/.test(f)),
    ];
    const listed = new Set(PAGES.map((p) => p.file));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });

  it("lists every server action, and each makes the check its policy requires", () => {
    const files = readdirSync(path.join(root, "lib/actions")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "safe-action.ts");
    const found: string[] = [];
    for (const f of files) {
      const src = readFileSync(path.join(root, "lib/actions", f), "utf8");
      expect(src.startsWith('"use server"'), `${f} must be a server-action module`).toBe(true);
      for (const { name, body } of actionBodies(`lib/actions/${f}`)) {
        found.push(name);
        const policy = ACTIONS[name];
        expect(policy, `${name} (lib/actions/${f}) has no entry in tests/authz/matrix.ts`).toBeDefined();
        expect(body, `${name} must match ${REQUIRED[policy]} for policy "${policy}"`).toMatch(REQUIRED[policy]);
      }
    }
    expect(Object.keys(ACTIONS).filter((a) => !found.includes(a))).toEqual([]);
  });
});
