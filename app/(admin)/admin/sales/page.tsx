import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { exampleAmount } from "@/lib/format";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listSales, registryForSales } from "@/lib/data/admin-sales";
import { recordOfflineMovementAction } from "@/lib/actions/admin-sales";
import { firstParams, orderListQuery } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, Area, Input, Select } from "@/components/admin/action-form";
import { ItemsTable, SalesTable, Section } from "@/components/admin/registry-sections";
import { filterInput } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminSales"))("metaTitle") };
}

export default async function AdminSales({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/sales");
  const { registry: registryId } = orderListQuery.parse(firstParams(await searchParams));
  const [[registry, sales], t] = await Promise.all([
    registryId ? Promise.all([registryForSales(registryId), listSales(registryId)]) : Promise.resolve([null, []] as const),
    getTranslations("adminSales"),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <form method="get" aria-label={t("choose")} className="flex flex-wrap items-end gap-3 rounded-xl border border-gray-200 bg-white p-4">
        <label className="text-sm font-medium">
          {t("number")}
          <input name="registry" type="number" min={1} required defaultValue={registryId ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("show")}
        </button>
        <Link href="/admin/registries" className="self-center text-sm text-brand-700 underline">
          {t("find")}
        </Link>
      </form>
      {registryId && !registry ? <p role="alert">{t("notFound", { id: registryId })}</p> : null}
      {registry ? (
        <>
          <h2 className="text-2xl font-semibold">
            <Link href={`/admin/registries/${registry.id}`} className="text-brand-700 underline">
              {registry.title}
            </Link>{" "}
            {t("no", { id: registry.id })}
          </h2>
          <Section title={t("items")}>
            <ItemsTable items={registry.items.map((i) => ({ ...i, sku: "" }))} currency={registry.currency} />
          </Section>
          <Section title={t("record")}>
            <p className="max-w-2xl text-sm text-muted">{t("rules")}</p>
            <ActionForm
              action={recordOfflineMovementAction}
              schema="offlineMovement"
              values={{ registryId: registry.id, currency: registry.currency }}
              label={t("record")}
              submit={t("submit")}
              className="grid max-w-2xl gap-3 sm:grid-cols-2"
            >
              <Select name="kind" label={t("kind")} defaultValue="SALE">
                <option value="SALE">{t("sale")}</option>
                <option value="REFUND">{t("refund")}</option>
              </Select>
              <Select name="itemId" label={t("item")} defaultValue="">
                <option value="">{t("chooseItem")}</option>
                {registry.items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {t("itemOption", { title: i.title, purchased: i.purchased, requested: i.requested })}
                  </option>
                ))}
              </Select>
              <Input name="quantity" label={t("quantity")} inputMode="numeric" defaultValue="1" />
              <Input
                name="unitNet"
                label={t("unitNet", { currency: registry.currency })}
                inputMode="decimal"
                placeholder={exampleAmount(24, registry.currency)}
              />
              <Input name="reference" label={t("reference")} />
              <Area name="comment" label={t("comment")} maxLength={500} />
            </ActionForm>
          </Section>
          <Section title={t("records")}>
            {sales.length ? <SalesTable sales={sales} currency={registry.currency} /> : <p className="text-muted">{t("none")}</p>}
          </Section>
        </>
      ) : null}
    </div>
  );
}
