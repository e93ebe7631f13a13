"use server";
// Group gifts: the couple's settings and decision after the date (registryAction: owner, joined
// co-registrant or admin) and the guest's contribution (guestAction with the checkout's rate budget
// and the private-registry gate). An admin refunds a group-gift contribution with the funds' refund.
import { revalidatePath } from "next/cache";
import { contributeToGift, resolveGroupGift, setGroupGift } from "../data/group-gifts";
import { guestRegistry } from "../guest-checkout";
import { env } from "../env";
import { assertSameCurrency } from "../errors";
import { LIMITS } from "../security/rate-limit";
import { limitAction } from "../security/action-limit";
import { deadlineOf, groupContributeSchema, groupMinOf, groupGiftSchema, groupResolveSchema } from "../validations/funds";
import { guestAction, registryAction } from "./safe-action";

const refresh = (registry: { id: number; slug: string }) => {
  revalidatePath(`/dashboard/registries/${registry.id}`, "layout");
  revalidatePath(`/r/${registry.slug}`);
};

export const setGroupGiftAction = registryAction(groupGiftSchema, async (d, { user, registry }) => {
  assertSameCurrency(d.currency, registry.currency);
  await setGroupGift(
    registry.id,
    d.itemId,
    { groupGift: d.groupGift, min: groupMinOf(d), fundId: d.fundId || null, deadline: deadlineOf(d.deadline) },
    user,
  );
  refresh(registry);
  return null;
});

export const resolveGroupGiftAction = registryAction(groupResolveSchema, async (d, { user, registry }) => {
  const r = await resolveGroupGift(registry.id, d.itemId, { outcome: d.outcome, fundId: d.fundId || null }, user, env().APP_URL);
  refresh(registry);
  return r;
});

export const contributeToGiftAction = guestAction(
  groupContributeSchema,
  async (d) => {
    const registry = await guestRegistry(d.slug);
    assertSameCurrency(d.currency, registry.currency);
    const pledge = await contributeToGift(registry.id, d, env().APP_URL);
    revalidatePath(`/r/${registry.slug}`);
    return pledge;
  },
  () => limitAction(LIMITS.checkout),
);
