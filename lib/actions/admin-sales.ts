"use server";
import { revalidatePath } from "next/cache";
import { recordOfflineMovement } from "../data/admin-sales";
import { offlineMovementSchema } from "../validations/admin";
import { adminAction } from "./safe-action";
import { registryCurrency } from "../data/soap-sales";
import { assertSameCurrency } from "../errors";
import { decimalToMinor } from "../format";

export const recordOfflineMovementAction = adminAction(offlineMovementSchema, async (d, { user }) => {
  // The unit price is in the registry's currency; one that changed since the form was shown is refused.
  const currency = (await registryCurrency(d.registryId)) ?? d.currency;
  assertSameCurrency(d.currency, currency);
  const r = await recordOfflineMovement(user, { ...d, unitNet: decimalToMinor(d.unitNet, currency, 7) ?? 0 });
  revalidatePath("/", "layout");
  const what = d.kind === "SALE" ? "Sale" : "Refund";
  return {
    message: r.recorded ? `${what} recorded.` : `${what} with reference “${d.reference}” was already recorded for this item: counted once.`,
  };
});
