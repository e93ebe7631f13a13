import "server-only";
// The three GiftRegistries v2 operations, independent of HTTP plumbing (see handler.ts).
import { notFound } from "../../errors";
import {
  countRestRegistries,
  listRestRegistryItems,
  loadRestRegistries,
  restRegistryHead,
  restRegistryPage,
  type RestRegistryHead,
} from "../../data/rest-registries";
import { env } from "../../env";
import { FingerprintCache } from "../../data/change-cache";
import { parseRestInput, queryObject, restItemsQuerySchema, restListQuerySchema, restRegistryIdSchema } from "../../validations/rest";
import { toGiftRegistry, toGiftRegistryItem } from "./map";
import { CURRENCY_HEADER, JsonBody, NOT_FOUND_MESSAGE, WithHeaders } from "./handler";

export type RegistryParams = { giftregistryid: string };

type Encoded = { json: Buffer; currency: string };

/**
 * Each registry's encoded JSON (with its items) by its print, bounded by bytes (REST_CACHE_MB). Store
 * systems walk every page again and again, so a page is its registries' cached pieces joined: at
 * bench scale 10 (20,000 registries, 136 MB of JSON) a whole walk fits the default, and a change
 * re-encodes only the registries it touched. A cached piece is never older than its print: the print
 * is read before the rows.
 */
const encoded = new FingerprintCache<Encoded>(env().REST_CACHE_MB * 2 ** 20, (e) => e.json.byteLength);

/** Bytes of their own: Buffer.from puts strings under 4 kB in a shared 8 kB slab, which one cached piece would keep alive. */
function ownBytes(s: string): Buffer {
  const b = Buffer.allocUnsafeSlow(Buffer.byteLength(s));
  b.write(s);
  return b;
}

async function encode(heads: RestRegistryHead[]): Promise<Encoded[]> {
  const key = (h: RestRegistryHead) => `${h.id}:${h.print}`;
  const found = heads.map((h) => encoded.get(key(h)));
  const missing = heads.filter((_, i) => !found[i]);
  if (missing.length === 0) return found as Encoded[];
  const rows = new Map((await loadRestRegistries(missing.map((h) => h.id))).map((r) => [r.id, r]));
  return heads.flatMap((h, i) => {
    if (found[i]) return [found[i]];
    const row = rows.get(h.id);
    // Gone between the two reads: left out, as a page read a moment later would.
    return row ? [encoded.set(key(h), { json: ownBytes(JSON.stringify(toGiftRegistry(row))), currency: row.currency })] : [];
  });
}

/** GET /GiftRegistries — 404 when nothing matches (as the seed says); countonly=1 → { TotalCount } (0 is a count, not an error). */
export async function listGiftRegistries(query: URLSearchParams) {
  const { limit, offset, countonly, ...filter } = parseRestInput(restListQuerySchema, queryObject(query));
  if (countonly) return { TotalCount: await countRestRegistries(filter) };
  const heads = await restRegistryPage(filter, { limit, offset });
  if (heads.length === 0) throw notFound(NOT_FOUND_MESSAGE);
  return JsonBody.array((await encode(heads)).map((e) => e.json));
}

/** GET /GiftRegistries/{id} — an array holding the one registry, like 3dcart. */
export async function getGiftRegistry(_query: URLSearchParams, params: RegistryParams) {
  const id = parseRestInput(restRegistryIdSchema, params.giftregistryid, "giftregistryid");
  const head = await restRegistryHead(id);
  const [one] = head ? await encode([head]) : [];
  if (!one) throw notFound(NOT_FOUND_MESSAGE);
  return new WithHeaders(JsonBody.array([one.json]), { [CURRENCY_HEADER]: one.currency });
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
