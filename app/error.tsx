"use client";
import { useTranslations } from "next-intl";
import { DATABASE_UNAVAILABLE } from "@/lib/unavailable";

// Full page loads with an unreachable database are answered by scripts/serve.ts (503); this covers
// client-side navigations and parts streamed after the status was sent. The digest is the one field
// of a server error that reaches the browser in production. Its words come from the root layout's
// provider ("errorPage", "errors"), in the request's language.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = error.digest === DATABASE_UNAVAILABLE;
  const t = useTranslations("errorPage");
  const te = useTranslations("errors");
  return (
    <section className="mx-auto max-w-lg py-16 text-center" role="alert">
      <h1 className="font-serif text-3xl font-bold">{unavailable ? t("unavailableHeading") : t("heading")}</h1>
      <p className="mt-3 text-muted">{unavailable ? te("unavailable") : t("text")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </section>
  );
}
