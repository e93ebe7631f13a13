// Where a browser may be sent back to after signing in: a path on this site, never another host.
// Parsed with the URL parser against a fixed origin, as browsers do, so tricks such as "/\evil.example",
// "/<TAB>/evil.example" or "/.//evil.example" (which browsers read as another host) are refused.
const HOME = "http://home.invalid";

/** A same-origin path (path + query + hash) from a callbackUrl / redirect target, else `fallback`. */
export function safeReturnPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw.length > 2000 || !raw.startsWith("/") || raw.startsWith("//")) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback; // backslashes and control characters: browsers drop or flip them
  let url: URL;
  try {
    url = new URL(raw, HOME);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The normalised path must itself stay on this site ("/.//x" normalises to "//x", another host).
  if (url.origin !== HOME || path.startsWith("//") || new URL(path, HOME).origin !== HOME) return fallback;
  return path;
}
