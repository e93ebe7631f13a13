import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { REGISTRY_SORTS, type RegistryListQuery } from "@/lib/validations/admin";
import { filterInput } from "./table";

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be shared. */
export function RegistryFilters({ q, occasions }: { q: RegistryListQuery; occasions: { id: number; name: string }[] }) {
  const text: [keyof RegistryListQuery, string, string][] = [
    ["name", "Name", "text"],
    ["email", "Email", "text"],
    ["number", "Registry number", "number"],
    ["ext", "External id", "text"],
    ["eventDate", "Event date", "date"],
    ["from", "Event from", "date"],
    ["to", "Event to", "date"],
  ];
  return (
    <form
      method="get"
      action="/admin/registries"
      aria-label="Search registries"
      className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
    >
      {text.map(([name, label, type]) => (
        <label key={name} className="text-sm font-medium">
          {label}
          <input name={name} type={type} defaultValue={String(q[name] ?? "")} className={filterInput} />
        </label>
      ))}
      <label className="text-sm font-medium">
        Status
        <select name="status" defaultValue={q.status ?? ""} className={filterInput}>
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Occasion
        <select name="occasion" defaultValue={String(q.occasion ?? "")} className={filterInput}>
          <option value="">Any</option>
          {occasions.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Sort by
        <select name="sort" defaultValue={q.sort} className={filterInput}>
          {Object.entries(REGISTRY_SORTS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 self-end text-sm font-medium">
        <input type="checkbox" name="reported" value="1" defaultChecked={q.reported === "1"} className="h-5 w-5" />
        With open reports only
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
        <Link href="/admin/registries" className={buttonClass("secondary")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
