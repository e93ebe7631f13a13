import "server-only";
// The three GiftRegistries v2 operations, independent of HTTP plumbing (see route.ts).
import type { NextRequest } from "next/server";
import { notFound } from "../../errors";
import { countRestRegistries, findRestRegistry, listRestRegistries, listRestRegistryItems } from "../../data/rest-registries";
import { parseRestInput, queryObject, restItemsQuerySchema, restListQuerySchema, restRegistryIdSchema } from "../../validations/rest";
import { toGiftRegistry, toGiftRegistryItem } from "./map";
import { NOT_FOUND_MESSAGE } from "./route";

export type RegistryParams = { giftregistryid: string };

/** GET /GiftRegistries — 404 when nothing matches (as the seed says); countonly=1 → { TotalCount } (0 is a count, not an error). */
export async function listGiftRegistries(req: NextRequest) {
  const { limit, offset, countonly, ...filter } = parseRestInput(restListQuerySchema, queryObject(req.nextUrl.searchParams));
  if (countonly) return { TotalCount: await countRestRegistries(filter) };
  const rows = await listRestRegistries(filter, { limit, offset });
  if (rows.length === 0) throw notFound(NOT_FOUND_MESSAGE);
  return rows.map(toGiftRegistry);
}

/** GET /GiftRegistries/{id} — an array holding the one registry, like 3dcart. */
export async function getGiftRegistry(_req: NextRequest, params: RegistryParams) {
  const id = parseRestInput(restRegistryIdSchema, params.giftregistryid, "giftregistryid");
  const row = await findRestRegistry(id);
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  return [toGiftRegistry(row)];
}

/** GET /GiftRegistries/{id}/Items — 404 when the registry is unknown or this page holds no items. */
export async function listGiftRegistryItems(req: NextRequest, params: RegistryParams) {
  const id = parseRestInput(restRegistryIdSchema, params.giftregistryid, "giftregistryid");
  const page = parseRestInput(restItemsQuerySchema, queryObject(req.nextUrl.searchParams));
  const items = await listRestRegistryItems(id, page);
  if (!items?.length) throw notFound(NOT_FOUND_MESSAGE);
  return items.map(toGiftRegistryItem);
}
