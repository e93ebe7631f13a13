// The one base URL for links the app sends out (emails, share links): APP_URL when set, else the
// address the production server listens on (scripts/serve.ts sets APP_URL to it at start-up when
// unset). Never a request header: a request naming another host (Host, X-Forwarded-Host) would
// otherwise have live reset tokens mailed under that host.

/** APP_URL checked: an http(s) origin without path, query or fragment (a trailing "/" is fine). */
export function parseAppUrl(raw: string): string {
  const value = raw.trim();
  const fail = (why: string) => new Error(`APP_URL ${why}, e.g. https://registry.example.com (got "${value}")`);
  if (!URL.canParse(value)) throw fail("must be a full address");
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail("must start with http:// or https://");
  if (url.username || url.password) throw fail("must not hold a user name or password");
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(value)) throw fail("must have no path, query or fragment");
  return url.origin;
}

/** Base URL (no trailing slash) for every link in emails; throws when APP_URL is malformed. */
export function appBaseUrl(): string {
  const configured = process.env.APP_URL?.trim();
  return configured ? parseAppUrl(configured) : `http://localhost:${process.env.PORT || 3000}`;
}
