import { resolveMessage } from "@/lib/i18n/validation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

type Values = { name?: string; email?: string; number?: string; date?: string };

/** A plain GET form: works without JavaScript, and the URL is shareable. */
export async function RegistrySearchForm({
  values = {},
  errors = {},
  compact = false,
}: {
  values?: Values;
  errors?: Record<string, string>;
  compact?: boolean;
}) {
  const [t, tv] = await Promise.all([getTranslations("search"), getTranslations("validation")]);
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
          {resolveMessage(errors[name], tv)}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action="/search" method="get" role="search" aria-label={t("formLabel")} className="space-y-4">
      <div className={`grid gap-4 ${compact ? "sm:grid-cols-2" : "sm:grid-cols-2 lg:grid-cols-4"}`}>
        {field("name", t("name"), "text", t("namePlaceholder"))}
        {field("email", t("email"), "text", t("emailPlaceholder"))}
        {field("number", t("number"), "text", t("numberPlaceholder"))}
        {field("date", t("date"), "date")}
      </div>
      <button type="submit" className={buttonClass("primary")}>
        {t("submit")}
      </button>
    </form>
  );
}
