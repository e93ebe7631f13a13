"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { canSeeBuyers, revealBuyers, setThankYouSent } from "../data/thank-you";
import { worded } from "../i18n/errors";
import { idSchema } from "../validations/registry";
import { registryAction } from "./safe-action";

export const revealBuyersAction = registryAction(z.object({}), async (_, { registry }) => {
  await revealBuyers(registry.id);
  revalidatePath(`/dashboard/registries/${registry.id}`, "layout");
  return null;
});

const sentSchema = z.object({ kind: z.enum(["order", "offline", "fund"]), id: idSchema, sent: z.boolean() });

export const setThankYouSentAction = registryAction(sentSchema, async (d, { registry }) => {
  if (!canSeeBuyers(registry)) throw worded("forbidden", "registryErrors.revealFirst");
  await setThankYouSent(registry.id, d.kind, d.id, d.sent);
  revalidatePath(`/dashboard/registries/${registry.id}/thank-you`);
  return null;
});
