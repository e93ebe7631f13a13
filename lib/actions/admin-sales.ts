"use server";
import { revalidatePath } from "next/cache";
import { recordOfflineMovement } from "../data/admin-sales";
import { offlineMovementSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const recordOfflineMovementAction = adminAction(offlineMovementSchema, async (d, { user }) => {
  const r = await recordOfflineMovement(user, d);
  revalidatePath("/", "layout");
  const what = d.kind === "SALE" ? "Sale" : "Refund";
  return {
    message: r.recorded ? `${what} recorded.` : `${what} with reference “${d.reference}” was already recorded for this item: counted once.`,
  };
});
