// PostgreSQL text cannot hold a NUL character: such input would fail in the database as an
// internal error. It is refused up front, with a message, on every entry point.
export const NUL_MESSAGE = "Remove the invisible NUL character from the text";

export const hasNul = (v: unknown): boolean => typeof v === "string" && v.includes("\u0000");

/** Paths (a.b.0.c) of every string inside a value that holds a NUL character. */
export function nulPaths(value: unknown, path: string[] = [], depth = 0): string[] {
  if (hasNul(value)) return [path.join(".") || "_form"];
  if (depth > 8 || !value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => nulPaths(v, [...path, k], depth + 1));
}
