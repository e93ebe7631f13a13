import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { findGuestRegistry } from "./data/guest";
import { redirectFormerSlug } from "./slug-redirect";
import { canViewWith } from "./guest-access";

/** canViewWith for App Router pages: this request's cookies. */
export async function canView(registry: { id: number; visibility: string; accessCodeHash: string | null }) {
  const jar = await cookies();
  return canViewWith(registry, (name) => jar.get(name)?.value);
}

/**
 * The registry behind a guest sub-page (`/r/<slug><subPath>`) for this visitor: a former address
 * redirects to the same sub-page at the current one, an unknown one is a 404, and a private registry
 * without the access cookie sends the guest to its page, which asks for the code.
 */
export async function guestRegistryFor(slug: string, subPath: string) {
  const registry = await findGuestRegistry(slug);
  if (!registry) {
    await redirectFormerSlug(slug, subPath);
    notFound();
  }
  if (!(await canView(registry))) redirect(`/r/${registry.slug}`);
  return registry;
}
