import { forwardRef, useId, type ComponentProps, type ReactNode } from "react";

const control =
  "block w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-sm placeholder:text-gray-500 focus:border-brand-600 aria-[invalid=true]:border-red-700 border-gray-400";

type FieldShell = { label: string; error?: string; hint?: ReactNode; id?: string };

function Shell({ label, error, hint, id, children }: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export const TextField = forwardRef<HTMLInputElement, FieldShell & ComponentProps<"input">>(function TextField(
  { label, error, hint, id: given, className = "", ...props },
  ref,
) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Shell label={label} error={error} hint={hint} id={id}>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${className}`}
        {...props}
      />
    </Shell>
  );
});

export const TextArea = forwardRef<HTMLTextAreaElement, FieldShell & ComponentProps<"textarea">>(function TextArea(
  { label, error, hint, id: given, className = "", ...props },
  ref,
) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Shell label={label} error={error} hint={hint} id={id}>
      <textarea
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${className}`}
        rows={4}
        {...props}
      />
    </Shell>
  );
});

export const SelectField = forwardRef<HTMLSelectElement, FieldShell & ComponentProps<"select">>(function SelectField(
  { label, error, hint, id: given, className = "", children, ...props },
  ref,
) {
  const auto = useId();
  const id = given ?? auto;
  return (
    <Shell label={label} error={error} hint={hint} id={id}>
      <select
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={`${control} ${className}`}
        {...props}
      >
        {children}
      </select>
    </Shell>
  );
});

export function FormAlert({ message, tone = "error" }: { message?: string | null; tone?: "error" | "success" }) {
  if (!message) return null;
  const cls = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${cls}`}>
      {message}
    </div>
  );
}

/** The options of a country select: "Choose…" and every country (lib/countries.ts), by ISO 3166-1 alpha-3 code. */
export function CountryOptions({ countries, choose = "Choose…" }: { countries: { code: string; name: string }[]; choose?: string }) {
  return (
    <>
      <option value="">{choose}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
