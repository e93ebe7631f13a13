import { z } from "zod";
import { idSchema, MAX_ID } from "./id";
import { currencyDigits, decimalToMinor } from "../format";
import { currencyField, whenStrings } from "./funds";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "../i18n/config";

/** The catalog's products are priced in this currency (Product.priceCents). */
export const CATALOG_CURRENCY = "USD";

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters`);
const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), `Enter a valid ${label}`)
    .refine((v) => v === "" || (v >= "1900-01-01" && v <= "2200-12-31"), `Enter a realistic ${label}`);
const optionalId = z.union([z.literal(""), idSchema]);

/** One schema for the registry form, the server action and (later) the APIs. */
export const registrySchema = z
  .object({
    title: text(120, "Title").min(1, "Give your registry a title"),
    // Every amount of the registry is in this currency; it can change only before any money moved (lib/data/registry-edits.ts).
    currency: currencyField,
    // The guest page's and guest emails' language unless the guest chose their own.
    language: z.enum(LOCALES, { message: "Choose a language" }).default(DEFAULT_LOCALE),
    occasionId: z.coerce.number({ message: "Choose an occasion" }).int().positive("Choose an occasion").max(MAX_ID, "Choose an occasion"),
    eventDate: optionalDate("event date"),
    deliveryDate: optionalDate("delivery date"),
    message: text(2000, "Message"),
    invitationInserts: z.union([
      z.literal(""),
      z.coerce.number().int("Use a whole number").min(0, "Use 0 or more").max(10000, "Use at most 10,000"),
    ]),
    exchangeCards: z.boolean(),
    storeId: optionalId,
    externalIdentifier: text(60, "External identifier"),
    visibility: z.enum(["PUBLIC", "UNLISTED", "PRIVATE"], { message: "Choose who can see the registry" }),
    accessCode: z.string().trim().max(40, "Access code must be at most 40 characters"),
    // Off unless the couple asks: while on, they can't see who gave what until their event date.
    surpriseMode: z.boolean().default(false),
    coFirstName: text(80, "First name"),
    coLastName: text(80, "Last name"),
    coEmail: z.union([z.literal(""), z.string().trim().toLowerCase().max(254).email("Enter a valid email address")]),
    addrCompany: text(120, "Company"),
    addrStreet: text(200, "Street"),
    addrStreet2: text(200, "Street line 2"),
    addrSuburb: text(120, "Suburb"),
    addrCity: text(120, "City"),
    addrState: text(120, "State"),
    addrPostcode: text(20, "Postcode"),
    addrCountry: z.string().refine((v) => v === "" || /^[A-Z]{3}$/.test(v), "Choose a country"),
    addrPhone: text(40, "Phone").refine((v) => v === "" || /^[+()0-9 .-]{5,40}$/.test(v), "Enter a valid phone number"),
  })
  .refine((v) => !v.accessCode || v.accessCode.length >= 4, { path: ["accessCode"], message: "Use at least 4 characters" })
  .refine((v) => !v.addrStreet || (v.addrCity && v.addrCountry), {
    path: ["addrCity"],
    message: "Add the city and country for the delivery address",
  });

export type RegistryInput = z.input<typeof registrySchema>;
export type RegistryData = z.output<typeof registrySchema>;

export const emptyRegistry: RegistryInput = {
  title: "",
  currency: "USD",
  language: DEFAULT_LOCALE,
  occasionId: "" as unknown as number,
  eventDate: "",
  deliveryDate: "",
  message: "",
  invitationInserts: "",
  exchangeCards: false,
  storeId: "",
  externalIdentifier: "",
  visibility: "PUBLIC",
  accessCode: "",
  surpriseMode: false,
  coFirstName: "",
  coLastName: "",
  coEmail: "",
  addrCompany: "",
  addrStreet: "",
  addrStreet2: "",
  addrSuburb: "",
  addrCity: "",
  addrState: "",
  addrPostcode: "",
  addrCountry: "",
  addrPhone: "",
};

/** A registry as its edit form holds it (the access code is never sent back: the form only replaces it). */
export function registryFormValues(r: {
  title: string;
  currency: string;
  language: string;
  occasionId: number | null;
  eventDate: Date | null;
  deliveryDate: Date | null;
  message: string;
  invitationInserts: number | null;
  exchangeCards: boolean;
  storeId: number | null;
  externalIdentifier: string;
  visibility: "PUBLIC" | "UNLISTED" | "PRIVATE";
  surpriseMode: boolean;
  coFirstName: string;
  coLastName: string;
  coEmail: string;
  addrCompany: string;
  addrStreet: string;
  addrStreet2: string;
  addrSuburb: string;
  addrCity: string;
  addrState: string;
  addrPostcode: string;
  addrCountry: string;
  addrPhone: string;
}): RegistryInput {
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  return {
    ...emptyRegistry,
    title: r.title,
    currency: r.currency,
    language: isLocale(r.language) ? r.language : DEFAULT_LOCALE,
    occasionId: r.occasionId ?? emptyRegistry.occasionId,
    eventDate: day(r.eventDate),
    deliveryDate: day(r.deliveryDate),
    message: r.message,
    invitationInserts: r.invitationInserts ?? "",
    exchangeCards: r.exchangeCards,
    storeId: r.storeId ?? "",
    externalIdentifier: r.externalIdentifier,
    visibility: r.visibility,
    surpriseMode: r.surpriseMode,
    coFirstName: r.coFirstName,
    coLastName: r.coLastName,
    coEmail: r.coEmail,
    addrCompany: r.addrCompany,
    addrStreet: r.addrStreet,
    addrStreet2: r.addrStreet2,
    addrSuburb: r.addrSuburb,
    addrCity: r.addrCity,
    addrState: r.addrState,
    addrPostcode: r.addrPostcode,
    addrCountry: r.addrCountry,
    addrPhone: r.addrPhone,
  };
}

export { idSchema };

const qty = (label: string) =>
  z.coerce
    .number({ message: `${label} must be a number` })
    .int("Use a whole number")
    .min(1, "Use at least 1")
    .max(999, "Use at most 999");
// A decimal in the registry's currency (the form sends which): its digits are checked with the
// currency (customItemPrice), and the action stores it in minor units with the same function.
const price = z.string().trim().max(12, "Enter a price like 24.99");
/** The price in minor units of the currency, or null with the message to show at the field. */
export function customItemPrice(v: { price: string; currency: string }): { minor: number } | { message: string } {
  const minor = decimalToMinor(v.price, v.currency, 7);
  if (minor !== null) return { minor };
  const digits = currencyDigits(v.currency);
  return { message: `Enter a price like ${digits ? `24.${"9".repeat(digits)}` : "2500"}` };
}
const httpUrl = (label: string) =>
  z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(500, `${label} is too long`)
      .url(`Enter a full ${label} starting with https://`)
      .refine((v) => /^https?:\/\//i.test(v), `Enter a full ${label} starting with https://`),
  ]);

export const customItemSchema = z
  .object({
    registryId: idSchema,
    currency: currencyField,
    title: text(160, "Name").min(1, "Name the gift"),
    price,
    requested: qty("Quantity"),
    url: httpUrl("link"),
    imageUrl: httpUrl("image link"),
    colour: text(60, "Colour"),
    size: text(60, "Size"),
    note: text(500, "Note"),
    // From "Add from a link": the shop's name, and its photo's address (copied into our storage on save, never shown from there).
    shopName: text(80, "Shop name").default(""),
    photoUrl: z
      .union([
        z.literal(""),
        z
          .string()
          .trim()
          .max(2000, "The photo's link is too long")
          .refine((v) => URL.canParse(v) && /^https?:\/\//i.test(v), "The photo's link is not a web address"),
      ])
      .default(""),
  })
  .refine((v) => "minor" in customItemPrice(v), {
    path: ["price"],
    error: (i) => {
      const p = customItemPrice(i.input as { price: string; currency: string });
      return "message" in p ? p.message : undefined;
    },
    ...whenStrings("price", "currency"),
  });
export type CustomItemInput = z.input<typeof customItemSchema>;

/**
 * Catalog prices are in US dollars. A registry in another currency has no honest conversion at hand,
 * so the registrant types each chosen gift's price in the registry's currency (`price`, else unused).
 */
export const catalogAddSchema = z
  .object({
    registryId: idSchema,
    currency: currencyField,
    lines: z
      .array(z.object({ productId: idSchema, requested: qty("Quantity"), price: price.default("") }))
      .min(1, "Choose at least one product")
      .max(50),
  })
  .superRefine((v, ctx) => {
    if (v.currency === CATALOG_CURRENCY) return;
    v.lines.forEach((l, i) => {
      const p = customItemPrice({ price: l.price, currency: v.currency });
      if ("message" in p)
        ctx.addIssue({ code: "custom", path: ["lines", i, "price"], message: l.price ? p.message : `Enter its price in ${v.currency}` });
    });
  });

/** "Add from a link": the product page to read, for this registry. */
export const importLinkSchema = z.object({
  registryId: idSchema,
  url: z
    .string()
    .trim()
    .min(1, "Paste the link of the gift's page in the shop")
    .max(2000, "That link is too long")
    .refine((v) => URL.canParse(v) && /^https?:\/\//i.test(v), "Enter a full link starting with https://"),
});

/** "Add N more" of a catalog gift that is already on the registry (registryAction adds the registry). */
export const raiseQuantitySchema = z.object({ itemId: idSchema, by: qty("Quantity") });

export const itemUpdateSchema = z.object({
  itemId: idSchema,
  requested: z.coerce
    .number({ message: "Quantity must be a number" })
    .int("Use a whole number")
    .min(0, "Use 0 or more")
    .max(999, "Use at most 999"),
  priority: z.coerce.number().int().min(0).max(2),
  note: text(500, "Note"),
});

/** Take back a guest's "bought elsewhere" mark (registryAction adds the registry). */
export const undoBoughtElsewhereSchema = z.object({ saleId: idSchema });
