import { z } from "zod";
import { idSchema, MAX_ID } from "./id";
import { currencyDigits, decimalToMinor } from "../format";
import { currencyField, whenStrings } from "./funds";
import { DEFAULT_LOCALE, isLocale, LOCALES } from "../i18n/config";
import { fe } from "./auth";

/** The catalog's products are priced in this currency (Product.priceCents). */
export const CATALOG_CURRENCY = "USD";

// Messages are keys of "formErrors" (fe): the form and the action show them in the reader's language.
const text = (max: number) => z.string().trim().max(max, fe("atMostChars", { max }));
const optionalDate = (which: "event" | "delivery") =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
      fe(which === "event" ? "validEventDate" : "validDeliveryDate"),
    )
    .refine(
      (v) => v === "" || (v >= "1900-01-01" && v <= "2200-12-31"),
      fe(which === "event" ? "realisticEventDate" : "realisticDeliveryDate"),
    );
const optionalId = z.union([z.literal(""), idSchema]);

/** One schema for the registry form, the server action and (later) the APIs. */
export const registrySchema = z
  .object({
    title: text(120).min(1, fe("giveTitle")),
    // Every amount of the registry is in this currency; it can change only before any money moved (lib/data/registry-edits.ts).
    currency: currencyField,
    // The guest page's and guest emails' language unless the guest chose their own.
    language: z.enum(LOCALES, { message: fe("chooseLanguage") }).default(DEFAULT_LOCALE),
    occasionId: z.coerce
      .number({ message: fe("chooseOccasion") })
      .int()
      .positive(fe("chooseOccasion"))
      .max(MAX_ID, fe("chooseOccasion")),
    eventDate: optionalDate("event"),
    deliveryDate: optionalDate("delivery"),
    message: text(2000),
    invitationInserts: z.union([
      z.literal(""),
      z.coerce
        .number()
        .int(fe("wholeNumber"))
        .min(0, fe("zeroOrMore"))
        .max(10000, fe("atMost", { max: 10000 })),
    ]),
    exchangeCards: z.boolean(),
    storeId: optionalId,
    externalIdentifier: text(60),
    visibility: z.enum(["PUBLIC", "UNLISTED", "PRIVATE"], { message: fe("chooseVisibility") }),
    accessCode: z
      .string()
      .trim()
      .max(40, fe("atMostChars", { max: 40 })),
    // Off unless the couple asks: while on, they can't see who gave what until their event date.
    surpriseMode: z.boolean().default(false),
    coFirstName: text(80),
    coLastName: text(80),
    coEmail: z.union([z.literal(""), z.string().trim().toLowerCase().max(254, fe("emailTooLong")).email(fe("validEmail"))]),
    addrCompany: text(120),
    addrStreet: text(200),
    addrStreet2: text(200),
    addrSuburb: text(120),
    addrCity: text(120),
    addrState: text(120),
    addrPostcode: text(20),
    addrCountry: z.string().refine((v) => v === "" || /^[A-Z]{3}$/.test(v), fe("chooseCountry")),
    addrPhone: text(40).refine((v) => v === "" || /^[+()0-9 .-]{5,40}$/.test(v), fe("validPhone")),
  })
  .refine((v) => !v.accessCode || v.accessCode.length >= 4, { path: ["accessCode"], message: fe("atLeastChars", { min: 4 }) })
  .refine((v) => !v.addrStreet || (v.addrCity && v.addrCountry), {
    path: ["addrCity"],
    message: fe("cityAndCountry"),
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

const qty = () =>
  z.coerce
    .number({ message: fe("quantityNumber") })
    .int(fe("wholeNumber"))
    .min(1, fe("atLeast", { min: 1 }))
    .max(999, fe("atMost", { max: 999 }));
// A decimal in the registry's currency (the form sends which): its digits are checked with the
// currency (customItemPrice), and the action stores it in minor units with the same function.
const price = z
  .string()
  .trim()
  .max(12, fe("priceLike", { example: "24.99" }));
/** The price in minor units of the currency, or null with the message to show at the field. */
export function customItemPrice(v: { price: string; currency: string }): { minor: number } | { message: string } {
  const minor = decimalToMinor(v.price, v.currency, 7);
  if (minor !== null) return { minor };
  const digits = currencyDigits(v.currency);
  return { message: fe("priceLike", { example: digits ? `24.${"9".repeat(digits)}` : "2500" }) };
}
const httpUrl = (which: "link" | "image") =>
  z.union([
    z.literal(""),
    z
      .string()
      .trim()
      .max(500, fe("linkTooLong"))
      .url(fe(which === "link" ? "fullLink" : "fullImageLink"))
      .refine((v) => /^https?:\/\//i.test(v), fe(which === "link" ? "fullLink" : "fullImageLink")),
  ]);

export const customItemSchema = z
  .object({
    registryId: idSchema,
    currency: currencyField,
    title: text(160).min(1, fe("nameGift")),
    price,
    requested: qty(),
    url: httpUrl("link"),
    imageUrl: httpUrl("image"),
    colour: text(60),
    size: text(60),
    note: text(500),
    // From "Add from a link": the shop's name, and its photo's address (copied into our storage on save, never shown from there).
    shopName: text(80).default(""),
    photoUrl: z
      .union([
        z.literal(""),
        z
          .string()
          .trim()
          .max(2000, fe("photoLinkTooLong"))
          .refine((v) => URL.canParse(v) && /^https?:\/\//i.test(v), fe("photoLinkBad")),
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
      .array(z.object({ productId: idSchema, requested: qty(), price: price.default("") }))
      .min(1, fe("chooseProduct"))
      .max(50),
  })
  .superRefine((v, ctx) => {
    if (v.currency === CATALOG_CURRENCY) return;
    v.lines.forEach((l, i) => {
      const p = customItemPrice({ price: l.price, currency: v.currency });
      if ("message" in p)
        ctx.addIssue({
          code: "custom",
          path: ["lines", i, "price"],
          message: l.price ? p.message : fe("priceIn", { currency: v.currency }),
        });
    });
  });

/** "Add from a link": the product page to read, for this registry. */
export const importLinkSchema = z.object({
  registryId: idSchema,
  url: z
    .string()
    .trim()
    .min(1, fe("pasteLink"))
    .max(2000, fe("linkTooLong"))
    .refine((v) => URL.canParse(v) && /^https?:\/\//i.test(v), fe("fullLink")),
});

/** "Add N more" of a catalog gift that is already on the registry (registryAction adds the registry). */
export const raiseQuantitySchema = z.object({ itemId: idSchema, by: qty() });

export const itemUpdateSchema = z.object({
  itemId: idSchema,
  requested: z.coerce
    .number({ message: fe("quantityNumber") })
    .int(fe("wholeNumber"))
    .min(0, fe("zeroOrMore"))
    .max(999, fe("atMost", { max: 999 })),
  priority: z.coerce.number().int().min(0).max(2),
  note: text(500),
});

/** Take back a guest's "bought elsewhere" mark (registryAction adds the registry). */
export const undoBoughtElsewhereSchema = z.object({ saleId: idSchema });
