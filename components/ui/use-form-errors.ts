"use client";
// A form's zod and server messages in the reader's language: "formErrors.x" and guest "validation"
// keys are translated (lib/i18n/validation.ts), plain text passes as it is.
import { useTranslations } from "next-intl";
import { validationOf, resolveMessage } from "@/lib/i18n/validation";
import type { T } from "@/lib/i18n/types";

export function useFormErrors() {
  const all = useTranslations() as unknown as T;
  const t = validationOf(all);
  return (message: string | null | undefined) => resolveMessage(message, t, all);
}
