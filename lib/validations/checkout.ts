import { z } from "zod";
import { idSchema } from "./id";
import { slugParam } from "./slug";
import { vmsg } from "../i18n/validation";

const name = z
  .string()
  .trim()
  .min(1, vmsg("enterName"))
  .max(100, vmsg("maxChars", { max: 100 }));
const email = z.string().trim().toLowerCase().min(1, vmsg("enterEmail")).max(254, vmsg("emailTooLong")).email(vmsg("validEmail"));
const quantity = z.coerce
  .number({ message: vmsg("quantityNumber") })
  .int(vmsg("wholeNumber"))
  .min(1, vmsg("atLeast", { min: 1 }))
  .max(99, vmsg("atMost", { max: 99 }));
const id = idSchema;

// The guest's own delivery address: optional in the JSON (older clients send none), required when
// the gifts do not go to the registrant. Same limits and country codes as the registry's address.
const shipText = (max: number) => z.string().trim().max(max, vmsg("maxChars", { max })).default("");
export const SHIP_FIELDS = {
  shipName: vmsg("shipName"),
  shipStreet: vmsg("shipStreet"),
  shipCity: vmsg("shipCity"),
  shipPostcode: vmsg("shipPostcode"),
  shipCountry: vmsg("chooseCountry"),
} as const;

export const checkoutSchema = z
  .object({
    slug: slugParam,
    buyerName: name,
    buyerEmail: email,
    giftMessage: z
      .string()
      .trim()
      .max(1000, vmsg("messageMax", { max: 1000 })),
    shipToRegistrant: z.boolean(),
    shipName: shipText(100),
    shipStreet: shipText(200),
    shipCity: shipText(120),
    shipPostcode: shipText(20),
    shipCountry: z
      .string()
      .refine((v) => v === "" || /^[A-Z]{3}$/.test(v), vmsg("chooseCountry"))
      .default(""),
    lines: z
      .array(z.object({ itemId: id, quantity }))
      .min(1, vmsg("basketEmpty"))
      .max(100, vmsg("tooManyGifts")),
  })
  .superRefine((v, ctx) => {
    if (v.shipToRegistrant) return;
    for (const [field, message] of Object.entries(SHIP_FIELDS))
      if (!v[field as keyof typeof SHIP_FIELDS]) ctx.addIssue({ code: "custom", path: [field], message });
  })
  // Shipped to the registrant: no guest address is kept, whatever was typed before ticking the box.
  .transform((v) => (v.shipToRegistrant ? { ...v, shipName: "", shipStreet: "", shipCity: "", shipPostcode: "", shipCountry: "" } : v));
export type CheckoutInput = z.input<typeof checkoutSchema>;

export const boughtElsewhereSchema = z.object({
  slug: slugParam,
  itemId: id,
  buyerName: name,
  buyerEmail: email,
  quantity,
  message: z
    .string()
    .trim()
    .max(1000, vmsg("messageMax", { max: 1000 })),
});
export type BoughtElsewhereInput = z.input<typeof boughtElsewhereSchema>;

export const reportSchema = z.object({
  slug: slugParam,
  reason: z.enum(["offensive", "spam", "fraud", "privacy", "other"], { message: vmsg("chooseReason") }),
  details: z
    .string()
    .trim()
    .max(2000, vmsg("messageMax", { max: 2000 })),
  reporterEmail: z.union([z.literal(""), z.string().trim().toLowerCase().max(254, vmsg("emailTooLong")).email(vmsg("validEmail"))]),
});

export const accessCodeSchema = z.object({
  slug: slugParam,
  code: z
    .string()
    .trim()
    .min(1, vmsg("enterAccessCode"))
    .max(40, vmsg("accessCodeMax", { max: 40 })),
});

const blankToUndefined = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);

export const guestItemFilterSchema = z.object({
  show: z.enum(["needed", "all"]).catch("needed"),
  sort: z.enum(["priority", "price-asc", "price-desc"]).catch("priority"),
  min: blankToUndefined(z.coerce.number().min(0).max(1e7).optional()).catch(undefined),
  max: blankToUndefined(z.coerce.number().min(0).max(1e7).optional()).catch(undefined),
  category: blankToUndefined(z.string().max(60).optional()).catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A checkout line another buyer left short (ShortLinesError's data, sent to the form and in the JSON API's 409). */
export type ShortLineData = { itemId: number; title: string; asked: number; left: number };
