// Who is calling, and what they may touch. Pages use the require* helpers (redirect / 403);
// actions and routes use the assert* helpers (throw an AppError the wrapper turns into a message).
import "server-only";
import { cache } from "react";
import type { Session } from "next-auth";
import { forbidden, notFound, redirect } from "next/navigation";
import { auth } from "./auth";
import { findActiveUser, type SessionUser } from "./data/users";
import { findManagedRegistry } from "./data/registries";
import { AppError } from "./errors";
import { parseId } from "./validations/id";

/**
 * The signed-in user as the database knows them now: suspension and role changes apply at once, and
 * a session ended since (its version is behind the account's) counts as signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session: Session | null = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return findActiveUser(id, session?.user?.sessionVersion ?? 0);
});

export async function requireUser(callbackUrl = "/dashboard"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

export async function requireRole(role: SessionUser["role"], callbackUrl = "/admin"): Promise<SessionUser> {
  const user = await requireUser(callbackUrl);
  if (user.role !== role) forbidden();
  return user;
}

/** A registry the user owns or co-manages (admins: any), by the URL's id; 404 otherwise, so ids reveal nothing. */
export async function requireRegistryAccess(rawId: string) {
  const registryId = parseId(rawId);
  const user = await requireUser(registryId ? `/dashboard/registries/${registryId}` : "/dashboard");
  const registry = registryId ? await findManagedRegistry(user, registryId) : null;
  if (!registry) notFound();
  return { user, registry };
}

export async function assertUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AppError("Please sign in again", "unauthenticated");
  return user;
}

export async function assertAdmin(): Promise<SessionUser> {
  const user = await assertUser();
  if (user.role !== "ADMIN") throw new AppError("Only administrators can do that", "forbidden");
  return user;
}

export async function assertRegistryAccess(registryId: number) {
  const user = await assertUser();
  const registry = await findManagedRegistry(user, registryId);
  if (!registry) throw new AppError("Registry not found", "not_found");
  return { user, registry };
}

/** The registry's owner (or an admin): a co-manager may not invite, re-invite or remove co-registrants. */
export async function assertRegistryOwner(registryId: number) {
  const access = await assertRegistryAccess(registryId);
  if (access.registry.ownerId !== access.user.id && access.user.role !== "ADMIN")
    throw new AppError("Only the registry’s owner can do that", "forbidden");
  return access;
}
