// Query parameters of the REST API (GiftRegistries v2). Blank values are ignored, as in the seed's
// example URL (`?catalogid=&sku=…`); anything malformed is rejected with the parameter's name.
import { z } from "zod";
import { AppError } from "../errors";
import { parseRestDate } from "../api/rest/dates";
import { hasNul } from "./nul";

export const REST_MAX_LIMIT = 500;
export const REST_DEFAULT_LIMIT = 100;
const MAX_INT = 2_147_483_647; // PostgreSQL INTEGER: larger values could only fail in the database

const blankToUndefined = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const wholeNumber = (name: string, min: number, max: number, hint = `between ${min} and ${max}`) =>
  blankToUndefined.pipe(
    z
      .string()
      .regex(/^\d+$/, `${name} must be a whole number ${hint}`)
      .transform(Number)
      .refine((n) => n >= min && n <= max, `${name} must be a whole number ${hint}`)
      .optional(),
  );

const restDate = (name: string, edge: "start" | "end") =>
  blankToUndefined.pipe(
    z
      .string()
      .transform((v, ctx) => {
        const date = parseRestDate(v, edge);
        if (!date) ctx.addIssue({ code: "custom", message: `${name} must be a date as mm/dd/yyyy hh:mm:ss or mm/dd/yyyy` });
        return date ?? z.NEVER;
      })
      .optional(),
  );

const pagination = {
  limit: wholeNumber("limit", 1, REST_MAX_LIMIT).transform((n) => n ?? REST_DEFAULT_LIMIT),
  offset: wholeNumber("offset", 0, MAX_INT, "of 0 or more").transform((n) => n ?? 0),
};

export const restListQuerySchema = z.object({
  catalogid: wholeNumber("catalogid", 1, MAX_INT, "of 1 or more"),
  sku: blankToUndefined.pipe(
    z
      .string()
      .max(120, "sku must be at most 120 characters")
      .refine((v) => !hasNul(v), "sku must not contain a NUL character")
      .optional(),
  ),
  datestartcreated: restDate("datestartcreated", "start"),
  dateendcreated: restDate("dateendcreated", "end"),
  datestartevent: restDate("datestartevent", "start"),
  dateendevent: restDate("dateendevent", "end"),
  datestartexpiration: restDate("datestartexpiration", "start"),
  dateendexpiration: restDate("dateendexpiration", "end"),
  ...pagination,
  countonly: blankToUndefined.pipe(
    z
      .string()
      .transform((v) => v.toLowerCase())
      .refine((v) => ["0", "1", "true", "false"].includes(v), "countonly must be 1, 0, true or false")
      .transform((v) => v === "1" || v === "true")
      .optional(),
  ),
});
export type RestListQuery = z.output<typeof restListQuerySchema>;

export const restItemsQuerySchema = z.object(pagination);
export type RestItemsQuery = z.output<typeof restItemsQuerySchema>;

export const restRegistryIdSchema = z
  .string()
  .regex(/^\d+$/, "giftregistryid must be a whole number")
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_INT, "giftregistryid must be a whole number of 1 or more");

/** Parse with a schema; on failure throw a validation AppError keyed by parameter name. */
export function parseRestInput<S extends z.ZodType>(schema: S, input: unknown, fallbackKey = "request"): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : fallbackKey;
    fieldErrors[key] ??= issue.message;
  }
  throw new AppError("Invalid request parameters", "validation", fieldErrors);
}

/** Query parameters with lower-cased names: 3dcart clients are not consistent about casing. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...params].map(([k, v]) => [k.toLowerCase(), v]));
}
