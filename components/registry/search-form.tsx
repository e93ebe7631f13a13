import { buttonClass } from "@/components/ui/button";

type Values = { name?: string; email?: string; number?: string; date?: string };

/** A plain GET form: works without JavaScript, and the URL is shareable. */
export function RegistrySearchForm({
  values = {},
  errors = {},
  compact = false,
}: {
  values?: Values;
  errors?: Record<string, string>;
  compact?: boolean;
}) {
  const input = "mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
  const field = (name: keyof Values, label: string, type = "text", placeholder = "") => (
    <div>
      <label htmlFor={`search-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={`search-${name}`}
        name={name}
        type={type}
        defaultValue={values[name] ?? ""}
        placeholder={placeholder}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `search-${name}-error` : undefined}
        className={input}
      />
      {errors[name] ? (
        <p id={`search-${name}-error`} className="mt-1 text-sm font-medium text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action="/search" method="get" role="search" aria-label="Find a registry" className="space-y-4">
      <div className={`grid gap-4 ${compact ? "sm:grid-cols-2" : "sm:grid-cols-2 lg:grid-cols-4"}`}>
        {field("name", "Name or registry title", "text", "e.g. Alex Rivera or Alex & Sam")}
        {field("email", "Email", "text", "e.g. alex@")}
        {field("number", "Registry number", "text", "e.g. 1024")}
        {field("date", "Event date", "date")}
      </div>
      <button type="submit" className={buttonClass("primary")}>
        Search registries
      </button>
    </form>
  );
}
