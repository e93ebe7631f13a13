import { z } from "zod";
import { hasNul, NUL_MESSAGE } from "./nul";
import { vmsg } from "../i18n/validation";

const term = (max: number) =>
  z
    .string()
    .max(max, vmsg("maxChars", { max }))
    .refine((v) => !hasNul(v), NUL_MESSAGE)
    .optional()
    .transform((v) => v?.trim().replace(/\s+/g, " ") || undefined);

/** Guest search: every given term must match; blank terms are ignored. */
export const guestSearchSchema = z.object({
  name: term(120),
  email: term(254),
  number: z
    .string()
    .optional()
    .transform((v) => v?.trim().replace(/^#/, "") || undefined)
    .refine((v) => v === undefined || /^\d{1,9}$/.test(v), vmsg("registryNumberDigits")),
  externalId: term(120),
  date: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), vmsg("validDate")),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type GuestSearch = z.output<typeof guestSearchSchema>;
