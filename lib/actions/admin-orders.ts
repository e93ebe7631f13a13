"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { applyToOrders } from "../data/admin-orders";
import { env } from "../env";
import { bulkOrdersSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const updateOrdersAction = adminAction(bulkOrdersSchema, async (d, { user }) => {
  const outcomes = await applyToOrders(d.orderIds, d.operation, user, env().APP_URL);
  revalidatePath("/", "layout");
  const done = outcomes.filter((o) => o.ok).length;
  const t = await getTranslations("admin.orders");
  return { message: t("done", { verb: d.operation, done, total: outcomes.length }), outcomes };
});
