// Every admin server action must authorize before anything else: a static check that fails as soon
// as a new export in lib/actions/admin-*.ts forgets `await assertAdmin()`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = path.resolve(import.meta.dirname, "../../lib/actions");
const files = readdirSync(dir).filter((f) => /^admin-.*\.ts$/.test(f) && !f.endsWith(".test.ts"));

describe("admin actions authorize first", () => {
  it("finds the admin action files", () => expect(files.length).toBeGreaterThanOrEqual(7));

  for (const file of files) {
    it(`${file}: every exported action starts with await assertAdmin()`, () => {
      const src = readFileSync(path.join(dir, file), "utf8");
      expect(src.startsWith('"use server";')).toBe(true);
      const exports = [...src.matchAll(/^export (async )?function (\w+)[^]*?(?=^export |(?![^]))/gm)];
      expect(exports.length).toBeGreaterThan(0);
      // Nothing else may be exported as a value (a const arrow function would dodge this check).
      expect(src.match(/^export (const|let|var|default|\{)/gm)).toBeNull();
      for (const [body, , name] of exports) {
        // The body is runAction(...) whose first statement is the authorization, before any parsing.
        expect(body, `${name} must begin with runAction and await assertAdmin()`).toMatch(/^export async function \w+\([^\n]*\{\n\s*return runAction\(async \(\) => \{\s*(const \w+ = )?await assertAdmin\(\);/);
      }
    });
  }
});
