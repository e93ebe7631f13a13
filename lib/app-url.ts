import "server-only";
import { headers } from "next/headers";

/** The site's base URL for links in emails: APP_URL if set, else the host a request with these headers came to. */
export function urlFromHeaders(get: (name: string) => string | null | undefined): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const host = get("x-forwarded-host") ?? get("host") ?? "localhost:3000";
  const proto = get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host.split(",")[0].trim()}`;
}

/** urlFromHeaders for this request (App Router pages, actions and routes). */
export async function appUrl(): Promise<string> {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  return urlFromHeaders((name) => h.get(name));
}

export const fallbackAppUrl = () => (process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
