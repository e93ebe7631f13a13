"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { recordOfflineMovement } from "../data/admin-sales";
import { offlineMovementSchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function recordOfflineMovementAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(offlineMovementSchema, input);
    const r = await recordOfflineMovement(admin, d);
    revalidatePath("/", "layout");
    const what = d.kind === "SALE" ? "Sale" : "Refund";
    return { message: r.recorded ? `${what} recorded.` : `${what} with reference “${d.reference}” was already recorded for this item: counted once.` };
  });
}
