"use server";
import { revalidatePath } from "next/cache";
import { applyToOrders } from "../data/admin-orders";
import { env } from "../env";
import { bulkOrdersSchema } from "../validations/admin";
import { adminAction, readersCatalogue } from "./safe-action";
import { localizeError } from "../i18n/errors";

export const updateOrdersAction = adminAction(bulkOrdersSchema, async (d, { user }) => {
  const outcomes = await applyToOrders(d.orderIds, d.operation, user, env().APP_URL);
  revalidatePath("/", "layout");
  const done = outcomes.filter((o) => o.ok).length;
  const all = await readersCatalogue();
  return {
    message: all("admin.orders.done", { verb: d.operation, done, total: outcomes.length }),
    // Each refusal in the admin's language (the data layer's is English, for the logs).
    outcomes: outcomes.map(({ orderId, ok, message, failure }) => ({
      orderId,
      ok,
      message: failure ? localizeError(failure, all).error : message,
    })),
  };
});
