// Unexpected errors are logged, but a Prisma validation error prints its whole query, arguments
// included: hashes, tokens and passwords would land in the log. Everything logged goes through here.

const PATTERNS: [RegExp, string][] = [
  [/\$argon2(id|i|d)\$[^\s"'`,)]+/g, "[argon2 hash]"],
  [/\b[0-9a-f]{64}\b/gi, "[sha256]"],
  [
    /((?:password|passwordHash|tokenHash|accessCodeHash|privateKeyHash|token|secret|code)\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,}]+)/gi,
    "$1[redacted]",
  ],
];

export function redact(text: string): string {
  return PATTERNS.reduce((t, [re, by]) => t.replace(re, by), text);
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1).join("\n") ?? ""}`;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/** console.error with secrets taken out of the message and stack. */
export function logError(label: string, e: unknown): void {
  console.error(label, redact(describe(e)));
}
