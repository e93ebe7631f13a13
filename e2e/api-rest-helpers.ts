// Helpers for the REST API specs: the seed's example objects, key-shape comparison and
// per-worker fixtures (own product, registries and credentials, unique names) in the test database.
import { randomBytes } from "node:crypto";
import { expect, type APIResponse } from "@playwright/test";
import { db, unique } from "./fixtures";
import { sha256 } from "../lib/api-keys";
import { databaseUrl, providerOf } from "../lib/database-url";

/** From 000_680a3edca9e4154c.txt: one GiftRegistry as 3dcart renders it. */
export const SEED_REGISTRY = JSON.parse(`{
  "CustomerAddressBook": {
    "CustomerAddressId": 1, "FirstName": "sample string 1", "LastName": "sample string 2", "Address1": "sample string 3",
    "Address2": "sample string 4", "City": "sample string 5", "State": "sample string 6", "ZipCode": "sample string 7",
    "Country": "sample string 8", "Company": "sample string 9", "PhoneNumber": "sample string 10"
  },
  "GiftRegistryID": 1, "Name": "sample string 1", "Created": "03/06/2019 14:36", "LastUpdate": "03/06/2019 14:36",
  "Expires": "03/06/2019 14:36", "Event": "03/06/2019 14:36", "Message": "sample string 2", "ShipToAddress": true,
  "Sold": 1, "Items": 1,
  "GiftRegistryItemList": [
    { "CatalogID": 1, "SKU": "sample string 1", "ItemName": "sample string 2", "Listed": 1, "Price": 1.1, "Subtotal": 1.1, "Sold": 1, "SoldOffline": 1 }
  ]
}`);
export const SEED_ITEM = SEED_REGISTRY.GiftRegistryItemList[0];
export const REST_DATE = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;
const DATE_KEYS = new Set(["Created", "LastUpdate", "Expires", "Event"]);

/** Keys and JSON types, recursively; arrays by their first element. Dates may also be null. */
export function shapeOf(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.length ? [shapeOf(value[0])] : [];
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shapeOf(v, k)]),
    );
  if (DATE_KEYS.has(key)) return value === null || (typeof value === "string" && REST_DATE.test(value)) ? "date" : `bad date ${value}`;
  return typeof value;
}

export const DEMO_HEADERS = { PrivateKey: "demo-private-key", Token: "demo-token", SecureURL: "https://store.example.com" };

export async function newCredential(opts: { revoked?: boolean } = {}) {
  const privateKey = randomBytes(18).toString("base64url");
  const token = randomBytes(18).toString("base64url");
  const row = await retryBusy(() =>
    db.apiCredential.create({
      data: {
        label: unique("e2e-rest"),
        tokenHash: sha256(token),
        privateKeyHash: sha256(privateKey),
        keyPrefix: privateKey.slice(0, 8),
        revokedAt: opts.revoked ? new Date() : null,
      },
    }),
  );
  return { id: row.id, headers: { PrivateKey: privateKey, Token: token } };
}

export async function expectRestError(res: APIResponse, status: number, key: string) {
  expect(res.status()).toBe(status);
  const body = await res.json();
  expect(body).toEqual([{ Key: key, Message: expect.any(String) }]);
  return body[0].Message as string;
}

const utc = (iso: string) => new Date(`${iso}Z`);

/**
 * Make this worker's SQLite connection wait for locks instead of failing at once. Without it, an
 * INSERT … RETURNING (every Prisma create) whose commit meets a reader gets SQLITE_BUSY at statement
 * reset and the driver leaves the write transaction open: the rows stay invisible and every other
 * writer is locked out.
 */
let busyTimeout: Promise<unknown> | undefined;
function waitForLocks() {
  if (providerOf(databaseUrl()) !== "sqlite") return Promise.resolve();
  return (busyTimeout ??= db.$queryRawUnsafe("PRAGMA busy_timeout = 10000"));
}

/** SQLite answers "busy" while another process commits; the write did not happen, so try again. */
async function retryBusy<T>(fn: () => Promise<T>): Promise<T> {
  await waitForLocks();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= 8 || !/P1008|busy|locked|timed out|Transaction already closed/i.test(String(e))) throw e;
      // Jitter: two workers retrying in lockstep would collide again and again.
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt * (0.5 + Math.random())));
    }
  }
}

/** Three active registries listing our own product (one private), one deactivated, one empty. */
export async function createRestFixtures() {
  const sku = unique("E2E-REST");
  const product = await retryBusy(() => db.product.create({ data: { sku, name: `Test ${sku}`, priceCents: 1234 } }));
  const owner = await db.user.findUniqueOrThrow({ where: { email: "jordan@example.com" } });
  // Plain single-statement writes, no nested create or createMany: an interactive transaction that meets
  // SQLITE_BUSY from another worker can be left half-open by the driver and block every writer.
  const registry = async (title: string, extra: Record<string, unknown>, withProduct = true) => {
    const { id } = await retryBusy(() =>
      db.registry.create({
        data: {
          slug: unique("rest").toLowerCase(),
          title: unique(title),
          ownerId: owner.id,
          firstName: "Rest",
          lastName: "Tester",
          email: owner.email,
          ...extra,
        },
        select: { id: true },
      }),
    );
    const items = [
      {
        registryId: id,
        productId: product.id,
        sku,
        title: product.name,
        priceCents: 1234,
        requested: 3,
        purchased: 2,
        purchasedOffline: 1,
        position: 0,
      },
      { registryId: id, sku: "", title: "Custom gift", priceCents: 999, requested: 2, position: 1 },
    ];
    // One create per row: createMany runs inside a transaction.
    if (withProduct) for (const data of items) await retryBusy(() => db.registryItem.create({ data, select: { id: true } }));
    return { id };
  };
  const r1 = await registry("REST one", {
    createdAt: utc("2001-01-10T10:00:00"),
    eventDate: utc("2091-03-15T12:00:00"),
    expiresAt: utc("2092-06-01T00:00:00"),
    addrStreet: "1 Test Way",
    addrCity: "Testville",
  });
  const r2 = await registry("REST two", {
    createdAt: utc("2001-01-20T10:00:00"),
    eventDate: utc("2091-03-16T08:30:00"),
    visibility: "PRIVATE",
  });
  const r3 = await registry("REST three", { createdAt: utc("2001-02-01T10:00:00"), expiresAt: utc("2092-06-02T09:00:00") });
  const inactive = await registry("REST inactive", { active: false, createdAt: utc("2001-01-15T10:00:00") });
  const empty = await registry("REST empty", {}, false);
  return { sku, product, ids: [r1.id, r2.id, r3.id], inactive: inactive.id, empty: empty.id };
}
