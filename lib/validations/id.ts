import { z } from "zod";

/** Ids are PostgreSQL INTEGER: a larger number could only fail in the database (a 500), so it is refused here. */
export const MAX_ID = 2_147_483_647;

/** One record id from a form, a JSON body or a URL: a whole number 1..MAX_ID. */
export const idSchema = z.coerce
  .number({ message: "Not a valid id" })
  .int("Not a valid id")
  .min(1, "Not a valid id")
  .max(MAX_ID, "Not a valid id");

/** A URL segment as an id, or null (the page then answers 404): digits only, 1..MAX_ID. */
export function parseId(raw: unknown): number | null {
  if (typeof raw !== "string" || !/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_ID ? n : null;
}

/** A registry action's schema: its input plus the registry it acts on (registryAction builds it so; forms check with the same). */
export type WithRegistryId<S extends z.ZodObject> = z.ZodObject<
  z.core.util.Extend<S["shape"], { registryId: typeof idSchema }>,
  S["_zod"]["config"]
>;
export const withRegistryId = <S extends z.ZodObject>(schema: S) => schema.safeExtend({ registryId: idSchema }) as WithRegistryId<S>;
