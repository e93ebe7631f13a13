import { FilterScript } from "./filter-script";

import type { T } from "@/lib/i18n/types";
const SORTS = { priority: "sortPriority", "price-asc": "sortPriceAsc", "price-desc": "sortPriceDesc" } as const;

/**
 * Plain GET form: filters work without JavaScript and the URL can be shared. With JavaScript they
 * apply on change (FilterScript hides Apply). On a phone they fold into a "Filter & sort"
 * disclosure so the gifts start on the first screen; from 640 px up it is always open (globals.css).
 */
export function ItemFilters({
  values,
  categories,
  t,
}: {
  values: { show: string; sort: string; min?: number; max?: number; category?: string };
  categories: string[];
  /** The "filters" messages in the guest's language. */
  t: T;
}) {
  const control = "mt-1 block w-full min-w-0 rounded-md border border-gray-400 bg-white px-2 py-2";
  const now = [t(values.show === "all" ? "allGifts" : "stillNeeded"), t(SORTS[values.sort as keyof typeof SORTS] ?? SORTS.priority)];
  return (
    <form method="get" aria-label={t("formLabel")} id="gift-filters" className="rounded-xl border border-gray-200 bg-white">
      <details className="filter-panel">
        <summary className="flex min-h-12 cursor-pointer items-center justify-between gap-2 px-4 py-2">
          <span className="shrink-0 font-semibold whitespace-nowrap">
            {t("filterSort")}{" "}
            <span aria-hidden="true" className="text-muted">
              ▾
            </span>
          </span>
          <span className="min-w-0 truncate text-sm text-muted">{now.join(" · ")}</span>
        </summary>
        <div className="grid grid-cols-2 gap-3 p-4 pt-1 sm:grid-cols-3 sm:pt-4 lg:grid-cols-[1fr_1.4fr_1fr_1fr_1fr_auto] lg:items-end">
          <div>
            <label htmlFor="f-show" className="text-sm font-medium">
              {t("show")}
            </label>
            <select id="f-show" name="show" defaultValue={values.show} className={control}>
              <option value="needed">{t("stillNeeded")}</option>
              <option value="all">{t("allGifts")}</option>
            </select>
          </div>
          <div className="col-span-2 sm:col-span-1">
            <label htmlFor="f-sort" className="text-sm font-medium">
              {t("sortBy")}
            </label>
            <select id="f-sort" name="sort" defaultValue={values.sort} className={control}>
              <option value="priority">{t("sortPriority")}</option>
              <option value="price-asc">{t("sortPriceAsc")}</option>
              <option value="price-desc">{t("sortPriceDesc")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="f-category" className="text-sm font-medium">
              {t("category")}
            </label>
            <select id="f-category" name="category" defaultValue={values.category ?? ""} className={control}>
              <option value="">{t("all")}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-min" className="text-sm font-medium">
              {t("minPrice")}
            </label>
            <input id="f-min" name="min" type="number" min={0} inputMode="decimal" defaultValue={values.min ?? ""} className={control} />
          </div>
          <div>
            <label htmlFor="f-max" className="text-sm font-medium">
              {t("maxPrice")}
            </label>
            <input id="f-max" name="max" type="number" min={0} inputMode="decimal" defaultValue={values.max ?? ""} className={control} />
          </div>
          <button type="submit" data-apply className="min-h-10 rounded-md border border-gray-300 px-4 py-2 font-semibold hover:bg-gray-50">
            {t("apply")}
          </button>
        </div>
      </details>
      <FilterScript />
    </form>
  );
}
