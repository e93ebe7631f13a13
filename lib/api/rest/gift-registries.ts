import "server-only";
// The three GiftRegistries v2 operations, independent of HTTP plumbing (see handler.ts).
import { notFound } from "../../errors";
import { countRestRegistries, findRestRegistry, listRestRegistryItems, restRegistryPage } from "../../data/rest-registries";
import { FingerprintCache } from "../../data/change-cache";
import { parseRestInput, queryObject, restItemsQuerySchema, restListQuerySchema, restRegistryIdSchema } from "../../validations/rest";
import { toGiftRegistry, toGiftRegistryItem } from "./map";
import { CURRENCY_HEADER, JsonBody, NOT_FOUND_MESSAGE, WithHeaders } from "./handler";

export type RegistryParams = { giftregistryid: string };

/**
 * Encoded list answers by page fingerprint. A page is a function of which registries it holds and
 * their data alone (not of the filter that chose them), and store systems walk the same pages
 * again and again: a page of 100 registries is ~5,000 items, ~680 kB of JSON.
 */
const listAnswers = new FingerprintCache<JsonBody>(32);

/** GET /GiftRegistries — 404 when nothing matches (as the seed says); countonly=1 → { TotalCount } (0 is a count, not an error). */
export async function listGiftRegistries(query: URLSearchParams) {
  const { limit, offset, countonly, ...filter } = parseRestInput(restListQuerySchema, queryObject(query));
  if (countonly) return { TotalCount: await countRestRegistries(filter) };
  const page = await restRegistryPage(filter, { limit, offset });
  if (page.ids.length === 0) throw notFound(NOT_FOUND_MESSAGE);
  return listAnswers.getOrLoad(page.fingerprint, async () => new JsonBody((await page.rows()).map(toGiftRegistry)));
}

/** GET /GiftRegistries/{id} — an array holding the one registry, like 3dcart. */
export async function getGiftRegistry(_query: URLSearchParams, params: RegistryParams) {
  const id = parseRestInput(restRegistryIdSchema, params.giftregistryid, "giftregistryid");
  const row = await findRestRegistry(id);
  if (!row) throw notFound(NOT_FOUND_MESSAGE);
  return new WithHeaders([toGiftRegistry(row)], { [CURRENCY_HEADER]: row.currency });
}

/** GET /GiftRegistries/{id}/Items — 404 when the registry is unknown or this page holds no items. */
export async function listGiftRegistryItems(query: URLSearchParams, params: RegistryParams) {
  const id = parseRestInput(restRegistryIdSchema, params.giftregistryid, "giftregistryid");
  const page = parseRestInput(restItemsQuerySchema, queryObject(query));
  const found = await listRestRegistryItems(id, page);
  if (!found?.items.length) throw notFound(NOT_FOUND_MESSAGE);
  return new WithHeaders(
    found.items.map((item) => toGiftRegistryItem(item, found.currency)),
    { [CURRENCY_HEADER]: found.currency },
  );
}
