import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { REGISTRY_SORTS, type RegistryListQuery } from "@/lib/validations/admin";
import { filterInput } from "./table";

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
export function RegistryFilters({ q, occasions }: { q: RegistryListQuery; occasions: { id: number; name: string }[] }) {
  const t = useTranslations("admin.filters");
  const any = useTranslations("admin.table")("any");
  // Each field's name is also its label's key.
  const text: [keyof RegistryListQuery & string, string][] = [
    ["name", "text"],
    ["email", "text"],
    ["number", "number"],
    ["ext", "text"],
    ["eventDate", "date"],
    ["from", "date"],
    ["to", "date"],
  ];
  return (
    <form
      method="get"
      action="/admin/registries"
      aria-label={t("label")}
      className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {text.map(([name, type]) => (
        <label key={name} className="text-sm font-medium">
          {t(name)}
          <input name={name} type={type} defaultValue={String(q[name] ?? "")} className={filterInput} />
        </label>
      ))}
      <label className="text-sm font-medium">
        {t("status")}
        <select name="status" defaultValue={q.status ?? ""} className={filterInput}>
          <option value="">{any}</option>
          <option value="active">{t("active")}</option>
          <option value="inactive">{t("inactive")}</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("occasion")}
        <select name="occasion" defaultValue={String(q.occasion ?? "")} className={filterInput}>
          <option value="">{any}</option>
          {occasions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("sort")}
        <select name="sort" defaultValue={q.sort} className={filterInput}>
          {Object.keys(REGISTRY_SORTS).map((v) => (
            <option key={v} value={v}>
              {t(v)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="reported" value="1" defaultChecked={q.reported === "1"} className="h-5 w-5" />
        {t("reported")}
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
        <Link href="/admin/registries" className={buttonClass("secondary")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
