"use server";
// Admin moderation actions. Every export authorizes first with assertAdmin() (a unit test checks it).
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { deactivateRegistry, reactivateRegistry } from "../data/admin-registries";
import { resolveReport } from "../data/admin-reports";
import { deactivateSchema, idSchema, reportResolveSchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

function refresh(registryId: number, slug: string | null) {
  revalidatePath("/admin", "layout");
  revalidatePath("/dashboard", "layout");
  revalidatePath("/search");
  if (slug) revalidatePath(`/r/${slug}`);
  revalidatePath(`/admin/registries/${registryId}`);
}

export async function deactivateRegistryAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(deactivateSchema, input);
    refresh(d.registryId, await deactivateRegistry(d.registryId, d.reason, admin));
    return { message: "Registry deactivated. The owner sees the reason on their dashboard." };
  });
}

export async function reactivateRegistryAction(registryId: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const id = parseInput(idSchema, registryId);
    refresh(id, await reactivateRegistry(id, admin));
    return { message: "Registry reactivated." };
  });
}

export async function resolveReportAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(reportResolveSchema, input);
    const r = await resolveReport(d.reportId, d.outcome, d.reason, admin);
    refresh(r.registryId, r.slug);
    return { message: d.outcome === "dismiss" ? "Report dismissed." : "Registry deactivated and report closed." };
  });
}
