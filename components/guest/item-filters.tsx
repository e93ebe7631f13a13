/** Plain GET form: filters work without JavaScript and the URL can be shared. */
export function ItemFilters({
  values,
  categories,
}: {
  values: { show: string; sort: string; min?: number; max?: number; category?: string };
  categories: string[];
}) {
  const control = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-2 py-2";
  return (
    <form
      method="get"
      aria-label="Filter gifts"
      className="grid grid-cols-2 gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <div>
        <label htmlFor="f-show" className="text-sm font-medium">
          Show
        </label>
        <select id="f-show" name="show" defaultValue={values.show} className={control}>
          <option value="needed">Still needed</option>
          <option value="all">All gifts</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-sort" className="text-sm font-medium">
          Sort by
        </label>
        <select id="f-sort" name="sort" defaultValue={values.sort} className={control}>
          <option value="priority">Most wanted first</option>
          <option value="price-asc">Price: low to high</option>
          <option value="price-desc">Price: high to low</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-category" className="text-sm font-medium">
          Category
        </label>
        <select id="f-category" name="category" defaultValue={values.category ?? ""} className={control}>
          <option value="">All</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-min" className="text-sm font-medium">
          Min price
        </label>
        <input id="f-min" name="min" type="number" min={0} inputMode="decimal" defaultValue={values.min ?? ""} className={control} />
      </div>
      <div>
        <label htmlFor="f-max" className="text-sm font-medium">
          Max price
        </label>
        <input id="f-max" name="max" type="number" min={0} inputMode="decimal" defaultValue={values.max ?? ""} className={control} />
      </div>
      <button type="submit" className="min-h-10 rounded-md border border-gray-300 px-4 py-2 font-semibold hover:bg-gray-50">
        Apply
      </button>
    </form>
  );
}
