import { z } from "zod";

/**
 * A registry address as it may appear in /r/{slug}: the generated ones (12 letters and digits) and
 * the ones registrants choose (3–60 lowercase letters, digits and hyphens, not at either end).
 */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$/;
export const isSlug = (s: string) => SLUG_PATTERN.test(s);
export const slugParam = z.string().regex(SLUG_PATTERN);

/** Words that read like the site's own pages, not a couple's registry. */
const RESERVED = new Set(
  "about access account admin api app checkout dashboard elsewhere help login logout new register registries registry report search settings sign-in sign-out sign-up signin signup static support terms thanks wishwell www".split(
    " ",
  ),
);

/** The registry address a registrant chooses in their settings. */
export const chosenSlugSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "Use at least 3 characters")
    .max(60, "Use at most 60 characters")
    .regex(/^[a-z0-9-]*$/, "Use only letters, digits and hyphens (no spaces)")
    .refine((s) => /^[a-z0-9].*[a-z0-9]$/.test(s), "Start and end with a letter or digit")
    .refine((s) => !s.includes("--"), "Use one hyphen at a time")
    .refine((s) => !RESERVED.has(s), "That address is reserved for the site: choose another"),
});
export type ChosenSlugInput = z.input<typeof chosenSlugSchema>;
