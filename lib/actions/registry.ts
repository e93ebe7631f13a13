"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createRegistry, deleteRegistry, setArchived, updateRegistry } from "../data/registry-edits";
import { acceptInvitation, resendCoRegistrantInvite, revokeCoRegistrant } from "../data/co-registrant";
import { registrySchema } from "../validations/registry";
import { chosenSlugSchema } from "../validations/slug";
import { changeSlug } from "../data/registry-address";
import { tokenSchema } from "../validations/account";
import { env } from "../env";
import { LIMITS } from "../security/rate-limit";
import { limitKey } from "../security/action-limit";
import { registryAction, userAction } from "./safe-action";

const nothing = z.object({});

export const createRegistryAction = userAction(registrySchema, async (data, { user }) => {
  if (data.coEmail) await limitKey(LIMITS.coInvite, `user:${user.id}`);
  const r = await createRegistry(user, data, env().APP_URL);
  return { id: r.id }; // the form moves to the registry and refreshes (components/registry/registry-form.tsx)
});

export const updateRegistryAction = registryAction(registrySchema, async (data, { user, registry }) => {
  // Only the owner (or an admin) changes or removes the co-registrant; a co-registrant can't drop themselves in or out.
  if (registry.ownerId !== user.id && user.role !== "ADMIN")
    Object.assign(data, { coFirstName: registry.coFirstName, coLastName: registry.coLastName, coEmail: registry.coEmail });
  // Each new co-registrant address mails an invitation: counted with the resends.
  if (data.coEmail && data.coEmail !== registry.coEmail) await limitKey(LIMITS.coInvite, `registry:${registry.id}`);
  await updateRegistry(registry.id, data, env().APP_URL);
  // No revalidatePath: nothing here is cached on the server (every page is dynamic), and the form
  // moves to the registry and refreshes the router itself. A revalidation made the answer carry a
  // second render of the edit page (49 kB, ~40 ms of the server per save), which the form discards.
  return { id: registry.id };
});

/** The registry's address (/r/{slug}): the old one keeps redirecting to it (lib/slug-redirect.ts). */
export const changeSlugAction = registryAction(chosenSlugSchema, async (d, { registry }) => {
  if (d.slug !== registry.slug) await changeSlug(registry.id, d.slug);
  revalidatePath(`/dashboard/registries/${registry.id}`, "layout");
  revalidatePath(`/r/${registry.slug}`, "layout");
  return { slug: d.slug, url: `${env().APP_URL}/r/${d.slug}` };
});

export const archiveRegistryAction = registryAction(z.object({ archived: z.boolean() }), async (d, { registry }) => {
  await setArchived(registry.id, d.archived);
  revalidatePath("/dashboard", "layout");
  revalidatePath(`/r/${registry.slug}`);
  return null;
});

/** Co-registrants manage items and details; only the owner (or an admin) deletes. */
export const deleteRegistryAction = registryAction(
  nothing,
  async (_, { registry }) => {
    await deleteRegistry(registry.id);
    revalidatePath("/dashboard");
    return null;
  },
  "owner",
);

/** A fresh invitation link to the co-registrant (the previous link stops working). Owner or admin only. */
export const resendCoRegistrantInviteAction = registryAction(
  nothing,
  async (_, { registry }) => {
    await limitKey(LIMITS.coInvite, `registry:${registry.id}`);
    await resendCoRegistrantInvite(registry.id, env().APP_URL);
    revalidatePath(`/dashboard/registries/${registry.id}`);
    return null;
  },
  "owner",
);

/** Ends the co-registrant's access and voids the outstanding invitation. Owner or admin only. */
export const revokeCoRegistrantAction = registryAction(
  nothing,
  async (_, { registry }) => {
    await revokeCoRegistrant(registry.id);
    revalidatePath("/dashboard", "layout");
    return null;
  },
  "owner",
);

/** The invited person, signed in with the invited address, accepts; the link alone grants nothing. */
export const acceptCoRegistrantInviteAction = userAction(tokenSchema, async (token, { user }) => {
  const id = await acceptInvitation(token, user);
  revalidatePath("/dashboard", "layout");
  return { id };
});
