"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("adminSales");
  return { message: r.recorded ? t("recorded", { kind: d.kind }) : t("already", { kind: d.kind, reference: d.reference }) };
});
