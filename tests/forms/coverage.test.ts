// One form pattern: react-hook-form + the zod schema of the server action the form sends to, through
// useActionForm (components/ui/use-action-form.ts; useRun there for field-less buttons). Fails when a
// component under components/ or app/
//   1. gives a <form> an onSubmit that is not the onSubmit useActionForm returned in that file,
//   2. builds form machinery of its own (useTransition, useForm, handleSubmit),
//   3. calls a server action anywhere but inside useActionForm(…) or run(…),
//   4. checks a form with another schema than its action's (useActionForm(schema, action) and
//      <ActionForm action={…} schema="…">), or gives ActionForm fields without a schema.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { actionSchema } from "../../lib/actions/safe-action";
import { withRegistryId } from "../../lib/validations/id";
import { FORM_SCHEMAS } from "../../components/admin/form-schemas";

// next-auth only loads under Next's bundler; importing the action modules needs none of it.
vi.mock("../../lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class extends Error {} }));

const root = path.resolve(import.meta.dirname, "../..");
const HOOKS = "components/ui/use-action-form.ts";
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [path.relative(root, p)];
  });
}
/** Comments blanked out (same length, so positions hold): a comment may quote code. */
const uncommented = (src: string) => src.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$|(?<=[;,{(]\s*)\/\/.*$/gm, (c) => c.replace(/[^\n]/g, " "));
const files = ["components", "app"]
  .flatMap((d) => walk(path.join(root, d)))
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, src: uncommented(readFileSync(path.join(root, f), "utf8")) }));
const clientFiles = files.filter((f) => /^["']use client["']/.test(f.src));

/** The opening tags `<Name …>` in a file, each with what follows up to its closing tag (or "" if self-closing). */
function tags(src: string, name: string) {
  const out: { open: string; body: string }[] = [];
  for (let i = src.indexOf(`<${name}`); i >= 0; i = src.indexOf(`<${name}`, i + 1)) {
    if (/\w/.test(src[i + name.length + 1])) continue; // <formFoo, <ActionFormX
    let depth = 0;
    let j = i;
    for (; j < src.length; j++) {
      if (src[j] === "{") depth++;
      else if (src[j] === "}") depth--;
      else if (src[j] === ">" && depth === 0 && src[j - 1] !== "=") break;
    }
    const open = src.slice(i, j + 1);
    const close = open.endsWith("/>") ? j + 1 : src.indexOf(`</${name}>`, j);
    out.push({ open, body: src.slice(j + 1, close) });
  }
  return out;
}

/** Named imports of a module path prefix: local name → [module, exported name]. Type-only imports skipped. */
function imports(src: string, prefix: string) {
  const out = new Map<string, [string, string]>();
  for (const m of src.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)"/g)) {
    if (m[1] || !m[3].startsWith(prefix)) continue;
    for (const part of m[2].split(",").map((s) => s.trim())) {
      if (!part || part.startsWith("type ")) continue;
      const [exported, local = exported] = part.split(/\s+as\s+/);
      out.set(local, [m[3], exported]);
    }
  }
  return out;
}
const load = (mod: string) => import(path.join(root, mod.replace(/^@\//, "")));

/** Same schema: the very object, or objects with the very same field schemas (registryAction adds registryId to a copy). */
function sameSchema(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const shape = (s: unknown) => (s as { shape?: Record<string, unknown> })?.shape;
  const [x, y] = [shape(a), shape(b)];
  if (!x || !y) return false;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/** The enclosing calls of position i: the callee names of every unclosed "(" before it. */
function enclosingCalls(src: string, i: number): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (src[j] === ")") depth++;
    else if (src[j] === "(") {
      if (depth > 0) depth--;
      else out.push(/(\w+)\s*(<[^()]*>)?\s*$/.exec(src.slice(Math.max(0, j - 80), j))?.[1] ?? "");
    }
  }
  return out;
}

describe("one form pattern", () => {
  it("every <form onSubmit> submits through useActionForm", () => {
    const bad: string[] = [];
    for (const { file, src } of files)
      for (const { open } of tags(src, "form")) {
        const handler = /onSubmit=\{([^}]*)\}/.exec(open)?.[1];
        if (handler === undefined) continue; // a plain GET form or a <form action={serverAction}>
        const m = /^(?:(\w+)\.)?onSubmit$/.exec(handler.trim());
        const fromHook = m?.[1]
          ? new RegExp(`const ${m[1]} = useActionForm\\(`).test(src)
          : /const \{[^}]*\bonSubmit\b[^}]*\} = useActionForm\(/.test(src);
        if (!m || !fromHook) bad.push(`${file}: <form onSubmit={${handler}}>`);
      }
    expect(bad).toEqual([]);
  });

  it("no component builds form machinery of its own", () => {
    const bad = files
      .filter(({ file }) => file !== HOOKS)
      .flatMap(({ file, src }) => [...src.matchAll(/\b(useTransition|useForm|handleSubmit)\b/g)].map((m) => `${file}: ${m[1]}`));
    expect(bad).toEqual([]);
  });

  it("client components call server actions only inside useActionForm(…) or run(…)", () => {
    const bad: string[] = [];
    for (const { file, src } of clientFiles)
      for (const name of imports(src, "@/lib/actions/").keys()) {
        const body = src.replace(/^import[^;]*;$/gm, (s) => " ".repeat(s.length)); // keep positions, drop the imports
        for (const m of body.matchAll(new RegExp(`\\b${name}\\b`, "g"))) {
          const calls = enclosingCalls(body, m.index);
          if (!calls.includes("useActionForm") && !calls.includes("run")) bad.push(`${file}: ${name}`);
        }
      }
    expect(bad).toEqual([]);
  });

  it("useActionForm checks with the schema its action parses with", async () => {
    const checked: string[] = [];
    for (const { file, src } of clientFiles) {
      const actions = imports(src, "@/lib/actions/");
      const schemas = imports(src, "@/lib/validations/");
      for (const m of src.matchAll(/useActionForm\(\s*([^,]+),\s*(\w+)\s*,/g)) {
        const [, schemaName, actionName] = m;
        if (!actions.has(actionName)) continue; // an action given as a prop (ActionForm) or a wrapper (registry-form)
        expect(schemaName, `${file}: name the schema of ${actionName} plainly`).toMatch(/^\w+$/);
        const [amod, aname] = actions.get(actionName)!;
        const action = (await load(amod))[aname];
        // The schema: imported, or a local `const x = withRegistryId(imported)`.
        const local = new RegExp(`const ${schemaName} = withRegistryId\\((\\w+)\\)`).exec(src)?.[1];
        const imported = schemas.get(local ?? schemaName);
        expect(imported, `${file}: ${schemaName} must come from lib/validations`).toBeDefined();
        const base = (await load(imported![0]))[imported![1]] as z.ZodObject;
        const schema = local ? withRegistryId(base) : base;
        expect(actionSchema(action), `${aname} is not made by a safe-action wrapper`).toBeDefined();
        expect(sameSchema(schema, actionSchema(action)), `${file}: ${schemaName} is not the schema of ${aname}`).toBe(true);
        checked.push(aname);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
  });

  it("each ActionForm names its action's schema; only a field-less one goes without", async () => {
    const bad: string[] = [];
    let checked = 0;
    for (const { file, src } of files) {
      const actions = imports(src, "@/lib/actions/");
      for (const { open, body } of tags(src, "ActionForm")) {
        const action = /action=\{(\w+)(\.bind\()?/.exec(open);
        const schema = /schema="(\w+)"/.exec(open)?.[1];
        if (!action || !actions.has(action[1])) {
          bad.push(`${file}: ${open.slice(0, 60)}… (action must be an imported server action)`);
          continue;
        }
        const [amod, aname] = actions.get(action[1])!;
        if (!schema) {
          if (/<(Input|Area|Select|Check)\b/.test(body) || !action[2])
            bad.push(`${file}: ${aname} has fields (or takes them) but no schema`);
          continue;
        }
        const own = actionSchema((await load(amod))[aname]);
        if (!sameSchema(FORM_SCHEMAS[schema as keyof typeof FORM_SCHEMAS], own))
          bad.push(`${file}: schema="${schema}" is not the schema of ${aname}`);
        checked++;
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
