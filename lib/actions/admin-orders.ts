"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { applyToOrders, type BulkOutcome } from "../data/admin-orders";
import { appBaseUrl } from "../app-url";
import { bulkOrdersSchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function updateOrdersAction(input: unknown): Promise<ActionResult<{ message: string; outcomes: BulkOutcome[] }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(bulkOrdersSchema, input);
    const outcomes = await applyToOrders(d.orderIds, d.operation, admin, appBaseUrl());
    revalidatePath("/", "layout");
    const done = outcomes.filter((o) => o.ok).length;
    const verb = d.operation === "dispatch" ? "dispatched" : "cancelled";
    return { message: `${done} of ${outcomes.length} order${outcomes.length === 1 ? "" : "s"} ${verb}.`, outcomes };
  });
}
