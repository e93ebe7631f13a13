import "server-only";
// Former registry addresses redirect permanently (308) to the current one, sub-paths and query
// included: /r/{old}/checkout → /r/{new}/checkout. A relative Location: never built from request headers.
import { permanentRedirect } from "next/navigation";
import { currentSlugOf } from "./data/registry-address";
import { isSlug } from "./validations/slug";

type Search = Record<string, string | string[] | undefined>;

/** Called where a registry page would answer 404: when the slug is a former address, redirect instead. */
export async function redirectFormerSlug(slug: string, rest = "", search: Search = {}) {
  if (!isSlug(slug)) return;
  const current = await currentSlugOf(slug);
  if (!current || current === slug) return;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) query.append(k, one);
  const qs = query.size ? `?${query}` : "";
  permanentRedirect(`/r/${current}${rest}${qs}`);
}
