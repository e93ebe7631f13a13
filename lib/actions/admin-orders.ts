"use server";
import { revalidatePath } from "next/cache";
import { applyToOrders } from "../data/admin-orders";
import { env } from "../env";
import { bulkOrdersSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const updateOrdersAction = adminAction(bulkOrdersSchema, async (d, { user }) => {
  const outcomes = await applyToOrders(d.orderIds, d.operation, user, env().APP_URL);
  revalidatePath("/", "layout");
  const done = outcomes.filter((o) => o.ok).length;
  const verb = d.operation === "dispatch" ? "dispatched" : "cancelled";
  return { message: `${done} of ${outcomes.length} order${outcomes.length === 1 ? "" : "s"} ${verb}.`, outcomes };
});
