import { z } from "zod";
import { fe } from "./auth";

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
    .min(3, fe("atLeastChars", { min: 3 }))
    .max(60, fe("atMostChars", { max: 60 }))
    .regex(/^[a-z0-9-]*$/, fe("slugCharacters"))
    .refine((s) => /^[a-z0-9].*[a-z0-9]$/.test(s), fe("slugEnds"))
    .refine((s) => !s.includes("--"), fe("slugHyphens"))
    .refine((s) => !RESERVED.has(s), fe("slugReserved")),
});
export type ChosenSlugInput = z.input<typeof chosenSlugSchema>;
