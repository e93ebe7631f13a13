"use server";
// Admin moderation actions.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { deactivateRegistry, reactivateRegistry } from "../data/admin-registries";
import { resolveReport } from "../data/admin-reports";
import { deactivateSchema, idSchema, reportResolveSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

function refresh(registryId: number, slug: string | null) {
  revalidatePath("/admin", "layout");
  revalidatePath("/dashboard", "layout");
  revalidatePath("/search");
  if (slug) revalidatePath(`/r/${slug}`);
  revalidatePath(`/admin/registries/${registryId}`);
}

export const deactivateRegistryAction = adminAction(deactivateSchema, async (d, { user }) => {
  refresh(d.registryId, await deactivateRegistry(d.registryId, d.reason, user));
  return { message: (await getTranslations("admin.registry"))("deactivated") };
});

export const reactivateRegistryAction = adminAction(idSchema, async (id, { user }) => {
  refresh(id, await reactivateRegistry(id, user));
  return { message: (await getTranslations("admin.registry"))("reactivated") };
});

export const resolveReportAction = adminAction(reportResolveSchema, async (d, { user }) => {
  const r = await resolveReport(d.reportId, d.outcome, d.reason, user);
  refresh(r.registryId, r.slug);
  const t = await getTranslations("admin.registry");
  return { message: d.outcome === "dismiss" ? t("reportDismissed") : t("reportDeactivated") };
});
