// Server code must never reach a browser bundle. Server modules import "server-only", which fails such
// a build — except lib/db.ts and lib/env.ts, which the scripts read too. This test walks the import
// graph of every client module ("use client"; server-action modules are its edge) and fails if any
// server module is in it, so a leak is named before a build is tried.
import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (n === "generated" || n === "node_modules") return [];
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

const files = ["app", "components", "lib"].flatMap((d) => walk(path.join(root, d)));
const source = new Map(files.map((f) => [f, readFileSync(f, "utf8")]));

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null; // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function imports(file: string): string[] {
  const src = (source.get(file) ?? readFileSync(file, "utf8"))
    // type-only imports vanish from bundles
    .replace(/import\s+type\s[^;]+;/g, "");
  const specs = [...src.matchAll(/(?:from\s+|import\s*\(?\s*)"([^"]+)"/g)].map((m) => m[1]);
  return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
}

const isServer = (file: string) => {
  const src = source.get(file) ?? "";
  return /^import "server-only";/m.test(src) || ["lib/db.ts", "lib/env.ts"].some((f) => file === path.join(root, f));
};

/** Every chain from this module to a server module; server-action modules are an edge, not followed. */
function leaksFrom(start: string): string[] {
  const seen = new Set<string>([start]);
  const queue: { file: string; via: string[] }[] = [{ file: start, via: [] }];
  const leaks: string[] = [];
  while (queue.length) {
    const { file, via } = queue.shift()!;
    for (const next of imports(file)) {
      if (seen.has(next)) continue;
      seen.add(next);
      const chain = [...via, path.relative(root, file)];
      if (isServer(next)) leaks.push([...chain, path.relative(root, next)].join(" → "));
      // A server-action module reaches the browser as references to its actions, not as code.
      else if (!/^\s*["']use server["']/.test(source.get(next) ?? "")) queue.push({ file: next, via: chain });
    }
  }
  return leaks;
}

describe("server modules stay out of browser bundles", () => {
  it("no client module imports a server module, directly or through others", () => {
    const clientRoots = files.filter((f) => /^\s*["']use client["']/.test(source.get(f)!));
    expect(clientRoots.length).toBeGreaterThan(10);
    expect(clientRoots.flatMap(leaksFrom)).toEqual([]);
  });

  it("would catch a leak: the walk follows relative and @/ imports down to a server module", () => {
    expect(imports(path.join(root, "components/guest/checkout-form.tsx"))).toContain(path.join(root, "components/guest/basket-script.tsx"));
    // The guest registry page is a server component; as a client root it would reach lib/data/guest.ts.
    const page = path.join(root, "app/(public)/r/[slug]/page.tsx");
    expect(leaksFrom(page)).toContain("app/(public)/r/[slug]/page.tsx → lib/data/guest.ts");
  });
});
