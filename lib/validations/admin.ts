import { z } from "zod";
import { idSchema, MAX_ID } from "./id";
import { currencyField, whenStrings } from "./funds";
import { currencyDigits, decimalToMinor } from "../format";
import { msg } from "../i18n/validation";

// Messages are keys of messages/*.json "adminValidation" (msg), shown in the reader's language.
const m = (key: string, values?: Record<string, string | number>) => msg(`adminValidation.${key}`, values);

// Catalog products are priced in US dollars (CATALOG_CURRENCY), so `money` reads cents.
// Shared by the admin forms (client) and the admin actions (server): one schema per input.
export { idSchema };
const text = (max: number) => z.string().trim().max(max, m("tooLong", { max }));
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const manyIds = z.preprocess(
  (v) => (Array.isArray(v) ? v : v === undefined || v === "" ? [] : [v]),
  z
    .array(idSchema)
    .min(1, m("selectOne"))
    .max(200, m("selectMax", { max: 200 })),
);
const money = () =>
  z
    .string()
    .trim()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, m("priceLike"))
    .transform((v) => Math.round(Number(v) * 100));
const httpUrl = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(500, m("urlTooLong"))
    .refine((v) => /^https?:\/\/[^\s]+$/i.test(v), m("fullUrl")),
]);

export const deactivateSchema = z.object({
  registryId: idSchema,
  reason: text(500).min(3, m("giveReason")),
});
export const reportResolveSchema = z
  .object({ reportId: idSchema, outcome: z.enum(["dismiss", "deactivate"]), reason: text(500) })
  .refine((v) => v.outcome === "dismiss" || v.reason.length >= 3, {
    path: ["reason"],
    message: m("giveReason"),
  });
export const userStatusSchema = z.object({ userId: idSchema, suspended: checkbox });
export const userRoleSchema = z.object({ userId: idSchema, role: z.enum(["REGISTRANT", "ADMIN"], { message: m("chooseRole") }) });
export const bulkOrdersSchema = z.object({
  orderIds: manyIds,
  operation: z.enum(["dispatch", "cancel"], { message: m("chooseOperation") }),
});

export const offlineMovementSchema = z
  .object({
    registryId: idSchema,
    itemId: z.coerce
      .number({ message: m("chooseItem") })
      .int()
      .positive(m("chooseItem"))
      .max(MAX_ID, m("chooseItem")),
    kind: z.enum(["SALE", "REFUND"], { message: m("chooseKind") }),
    quantity: z.coerce
      .number({ message: m("quantityNumber") })
      .int(m("wholeNumber"))
      .min(1, m("atLeast", { min: 1 }))
      .max(999, m("atMost", { max: 999 })),
    // In the registry's currency, which the form sends (the action checks it is still the registry's).
    currency: currencyField,
    unitNet: z
      .string()
      .trim()
      .max(12, m("unitNetLike", { example: "24.99" })),
    reference: text(60).min(1, m("enterReference")),
    comment: text(500),
  })
  // In the registry's currency: a yen price has no decimals (the same rule as SOAP's UnitNet).
  .refine((v) => decimalToMinor(v.unitNet, v.currency, 7) !== null, {
    path: ["unitNet"],
    error: (i) => {
      const d = currencyDigits((i.input as { currency: string }).currency);
      return m("unitNetLike", { example: d ? `24.${"9".repeat(d)}` : "2500" });
    },
    ...whenStrings("unitNet", "currency"),
  });

export const productSchema = z.object({
  sku: text(60)
    .min(1, m("enterSku"))
    .regex(/^[A-Za-z0-9._-]+$/, m("skuChars")),
  barcode: text(40).regex(/^[0-9A-Za-z-]*$/, m("barcodeChars")),
  name: text(160).min(1, m("enterName")),
  price: money(),
  colour: text(60),
  size: text(60),
  imageUrl: httpUrl,
  category: text(80),
  active: checkbox,
});
export type ProductInput = z.output<typeof productSchema>;
export const productUpdateSchema = productSchema.extend({ productId: idSchema });
export const csvImportSchema = z.object({
  csv: z.string().min(1, m("pasteCsv")).max(1_000_000, m("csvTooLarge")),
});

export const listNameSchema = z.object({ kind: z.enum(["occasion", "store"]), name: text(80).min(1, m("enterName")) });
export const listRenameSchema = listNameSchema.extend({ id: idSchema });
export const listToggleSchema = z.object({ kind: z.enum(["occasion", "store"]), id: idSchema, active: checkbox });
export const occasionMoveSchema = z.object({ id: idSchema, direction: z.enum(["up", "down"]) });
/** "Kitchen, Dining" → "Kitchen,Dining": the catalog categories a registry for the occasion opens on. */
export const occasionCategoriesSchema = z.object({
  id: idSchema,
  catalogCategories: text(400).transform((s) =>
    [
      ...new Set(
        s
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ].join(","),
  ),
});

export const SOAP_GRANTS = ["Authenticate", "Search", "GetRegistry", "GetRegistries", "RecordSales", "RecordRefunds"] as const;
const password = z
  .string()
  .min(10, m("minChars", { min: 10 }))
  .max(200, m("tooLong", { max: 200 }));
export const restKeySchema = z.object({ label: text(80).min(1, m("nameClient")) });
export const apiUserSchema = z.object({
  username: text(60)
    .min(3, m("minChars", { min: 3 }))
    .regex(/^[A-Za-z0-9._@-]+$/, m("usernameChars")),
  password,
  grants: z.preprocess((v) => (Array.isArray(v) ? v : v ? [v] : []), z.array(z.enum(SOAP_GRANTS)).min(1, m("grantOne"))),
});
export const apiUserPasswordSchema = z.object({ apiUserId: idSchema, password });
export const apiUserDisableSchema = z.object({ apiUserId: idSchema, disabled: checkbox });

// GET filters: lenient (a bad value is ignored, never an error page).
const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);
const day = opt(
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`))),
);
const page = z.coerce.number().int().min(1).max(100000).catch(1);
export const REGISTRY_SORTS = {
  created_desc: "Newest first",
  created_asc: "Oldest first",
  event_asc: "Event date (soonest)",
  event_desc: "Event date (latest)",
  title_asc: "Title A–Z",
} as const;

export const registryListQuery = z.object({
  name: opt(z.string().max(100)),
  email: opt(z.string().max(254)),
  number: opt(idSchema),
  ext: opt(z.string().max(60)),
  eventDate: day,
  status: opt(z.enum(["active", "inactive"])),
  occasion: opt(idSchema),
  from: day,
  to: day,
  reported: opt(z.enum(["1"])),
  sort: z.enum(Object.keys(REGISTRY_SORTS) as [keyof typeof REGISTRY_SORTS]).catch("created_desc"),
  page,
});
export type RegistryListQuery = z.output<typeof registryListQuery>;

export const userListQuery = z.object({
  q: opt(z.string().max(100)),
  status: opt(z.enum(["ACTIVE", "SUSPENDED"])),
  role: opt(z.enum(["REGISTRANT", "ADMIN"])),
  page,
});
export const orderListQuery = z.object({ registry: opt(idSchema), from: day, to: day, page });
export const auditListQuery = z.object({
  action: opt(z.string().max(60)),
  actor: opt(z.string().max(254)),
  registry: opt(idSchema),
  from: day,
  to: day,
  page,
});
export const productListQuery = z.object({ q: opt(z.string().max(100)), page });

/** First value of a search param (Next gives string | string[] | undefined). */
export function firstParams(sp: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(
    Object.entries(sp)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== undefined && v !== ""),
  );
}
