"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertRegistryAccess } from "../authz";
import { canSeeBuyers, revealBuyers, setThankYouSent } from "../data/thank-you";
import { forbidden } from "../errors";
import { idSchema } from "../validations/registry";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function revealBuyersAction(registryId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    await revealBuyers(registry.id);
    revalidatePath(`/dashboard/registries/${registry.id}`, "layout");
    return null;
  });
}

const sentSchema = z.object({ kind: z.enum(["order", "offline"]), id: idSchema, sent: z.boolean() });

export async function setThankYouSentAction(registryId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    if (!canSeeBuyers(registry)) throw forbidden("Reveal your gifts first");
    const d = parseInput(sentSchema, input);
    await setThankYouSent(registry.id, d.kind, d.id, d.sent);
    revalidatePath(`/dashboard/registries/${registry.id}/thank-you`);
    return null;
  });
}
