// Guests' "bought elsewhere" marks with an Undo each: on the registrant's registry page (buyers
// hidden while surprise mode keeps them secret) and on the admin registry view.
import type { BoughtElsewhereMark } from "@/lib/data/bought-elsewhere";
import { undoBoughtElsewhereAction } from "@/lib/actions/items";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/admin/action-form";
import { formatDate } from "@/lib/format";

export async function BoughtElsewhereMarks({
  registryId,
  marks,
  showBuyers,
}: {
  registryId: number;
  marks: BoughtElsewhereMark[];
  showBuyers: boolean;
}) {
  const [t, locale] = await Promise.all([getTranslations("elsewhereMarks"), getLocale()]);
  if (!marks.length) return <p className="text-muted">{t("none")}</p>;
  return (
    <ul className="space-y-2">
      {marks.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-3 text-sm">
          <span>
            {t("marked", { quantity: m.quantity, title: m.item.title, date: formatDate(m.createdAt, locale) })}
            {showBuyers && m.buyerName ? ` ${t("by", { name: m.buyerName })}` : ""}
            {m.undoneAt
              ? ` · ${t("undone", { date: formatDate(m.undoneAt, locale) })}${m.undoneBy ? ` ${t("by", { name: m.undoneBy.email })}` : ""}`
              : ""}
          </span>
          {m.undoneAt ? null : (
            <ActionForm
              action={undoBoughtElsewhereAction}
              schema="undoBoughtElsewhere"
              values={{ registryId, saleId: m.id }}
              label={t("undoLabel", { quantity: m.quantity, title: m.item.title })}
              submit={t("undo")}
              variant="secondary"
              className="flex items-center gap-2"
              confirm={t("undoConfirm")}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
