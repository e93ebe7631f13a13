// Fails when a page, route handler or server action is added without an authorization entry, or
// when an action is not made by the wrapper (userAction, registryAction, …) its entry names.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { actionKind } from "../../lib/actions/safe-action";
import { ACTIONS, PAGES } from "./matrix";

// next-auth only loads under Next's bundler; importing the modules needs none of it.
vi.mock("../../lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const root = path.resolve(import.meta.dirname, "../..");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(root, p)];
  });
}

describe("authorization matrix coverage", () => {
  it("lists every page and route handler", () => {
    const files = walk(path.join(root, "app")).filter((f) => /(^|\/)(page\.tsx|route\.ts)$/.test(f));
    const listed = new Set(PAGES.map((p) => p.file));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });

  it("lists every server action, each made by the wrapper its entry names", async () => {
    const files = readdirSync(path.join(root, "lib/actions")).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "safe-action.ts",
    );
    const found: string[] = [];
    for (const f of files) {
      expect(
        readFileSync(path.join(root, "lib/actions", f), "utf8").startsWith('"use server"'),
        `${f} must be a server-action module`,
      ).toBe(true);
      for (const [name, value] of Object.entries(await import(`../../lib/actions/${f.slice(0, -3)}`))) {
        found.push(name);
        expect(ACTIONS[name], `${name} (lib/actions/${f}) has no entry in tests/authz/matrix.ts`).toBeDefined();
        expect(actionKind(value) ?? "unwrapped", `${name} (lib/actions/${f})`).toBe(ACTIONS[name]);
      }
    }
    expect(Object.keys(ACTIONS).filter((a) => !found.includes(a))).toEqual([]);
  });
});
