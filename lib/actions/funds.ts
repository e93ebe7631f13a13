"use server";
// Cash funds: the couple's actions (registryAction: owner, joined co-registrant or admin), the
// guest's pledge (guestAction with the checkout's rate budget and the private-registry gate) and
// the admin's refund.
import { revalidatePath } from "next/cache";
import { contribute, createFund, markContributionReceived, refundContribution, removeFund, setFundActive, updateFund } from "../data/funds";
import { guestRegistry } from "../guest-checkout";
import { env } from "../env";
import { assertSameCurrency } from "../errors";
import { LIMITS } from "../security/rate-limit";
import { limitAction } from "../security/action-limit";
import {
  contributeSchema,
  contributionMarkSchema,
  contributionRefundSchema,
  fundActiveSchema,
  fundEditSchema,
  fundIdSchema,
  fundAmounts,
  fundSchema,
} from "../validations/funds";
import { adminAction, guestAction, registryAction } from "./safe-action";

const refresh = (registry: { id: number; slug: string }) => {
  revalidatePath(`/dashboard/registries/${registry.id}`, "layout");
  revalidatePath(`/r/${registry.slug}`);
};

export const createFundAction = registryAction(fundSchema, async (d, { user, registry }) => {
  assertSameCurrency(d.currency, registry.currency);
  const fund = await createFund(registry.id, { ...d, ...fundAmounts(d) }, user);
  refresh(registry);
  return fund;
});

export const updateFundAction = registryAction(fundEditSchema, async (d, { user, registry }) => {
  assertSameCurrency(d.currency, registry.currency);
  await updateFund(registry.id, d.fundId, { ...d, ...fundAmounts(d) }, user);
  refresh(registry);
  return null;
});

export const setFundActiveAction = registryAction(fundActiveSchema, async (d, { user, registry }) => {
  await setFundActive(registry.id, d.fundId, d.active, user);
  refresh(registry);
  return null;
});

export const removeFundAction = registryAction(fundIdSchema, async (d, { user, registry }) => {
  const outcome = await removeFund(registry.id, d.fundId, user);
  refresh(registry);
  return { outcome };
});

export const markContributionAction = registryAction(contributionMarkSchema, async (d, { user, registry }) => {
  await markContributionReceived(registry.id, d.contributionId, d.received, user);
  refresh(registry);
  return null;
});

export const contributeAction = guestAction(
  contributeSchema,
  async (d) => {
    const registry = await guestRegistry(d.slug);
    assertSameCurrency(d.currency, registry.currency);
    const pledge = await contribute(registry.id, d, env().APP_URL);
    revalidatePath(`/r/${registry.slug}`);
    return pledge;
  },
  () => limitAction(LIMITS.checkout),
);

export const refundContributionAction = adminAction(contributionRefundSchema, async (d, { user }) => {
  await refundContribution(d.contributionId, user);
  revalidatePath("/admin/registries", "layout");
  return null;
});
