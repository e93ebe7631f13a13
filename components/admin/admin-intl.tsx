"use client";
// The admin area's client components speak the reader's language: the admin layout hands them the
// catalogue, and form messages (msg/vmsg keys from the shared zod schemas) are worded at the field.
// Outside the admin area (a form shared with the dashboard) messages pass as they are.
import { createContext, useContext, type ReactNode } from "react";
import { NextIntlClientProvider, useTranslations, type AbstractIntlMessages } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";

type Words = { resolve: (message: string | undefined) => string | undefined; working: string };
const Ctx = createContext<Words>({ resolve: (m) => m, working: "Working…" });

export function AdminIntl({ locale, messages, children }: { locale: string; messages: AbstractIntlMessages; children: ReactNode }) {
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      <Resolver>{children}</Resolver>
    </NextIntlClientProvider>
  );
}

function Resolver({ children }: { children: ReactNode }) {
  const t = useTranslations("admin.table");
  const words: Words = { resolve: useFormErrors(), working: t("working") };
  return <Ctx.Provider value={words}>{children}</Ctx.Provider>;
}

/** Form messages in the reader's language (inside the admin area), and the busy button's label. */
export const useFormWords = () => useContext(Ctx);
