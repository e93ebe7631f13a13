// The change fingerprints behind the guest-page, REST and SOAP caches (lib/data/change-cache.ts):
// every kind of write — Prisma, raw conditional UPDATEs as checkout does them, bulk inserts,
// deletes, edits of the registry or its occasion — changes the fingerprint, never back to an earlier
// one, and the cached reads always return what the database holds right after the write.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { guestPageFingerprint, itemFingerprints, FingerprintCache } from "../../lib/data/change-cache";
import { guestSearchFingerprint } from "../../lib/data/search";
import { findGuestRegistry } from "../../lib/data/guest";
import { findRegistriesForApi } from "../../lib/data/soap";
import { restRegistryPage } from "../../lib/data/rest-registries";
import { getGiftRegistry } from "../../lib/api/rest/gift-registries";
import type { JsonBody, WithHeaders } from "../../lib/api/rest/handler";

/** GET /GiftRegistries/{id} as a store system reads it (through the encoded-registry cache). */
async function restRegistry(id: number) {
  const answer = (await getGiftRegistry(new URLSearchParams(), { giftregistryid: String(id) })) as WithHeaders;
  const [registry] = (await new Response((answer.value as JsonBody).stream()).json()) as {
    GiftRegistryItemList: { ItemName: string; Sold: number }[];
  }[];
  return registry;
}
import { newSlug } from "../../lib/data/registries";

let registryId: number;
let slug: string;
let occasionId: number;
const seen = new Set<string>();

async function snapshot() {
  const [items, page] = await Promise.all([itemFingerprints([registryId]), guestPageFingerprint(slug)]);
  return `${items.get(registryId)}|${page}`;
}

/** A write that changes what is shown must give a fingerprint never seen before. */
async function expectChange(write: () => Promise<unknown>) {
  await write();
  const now = await snapshot();
  expect(seen.has(now), `fingerprint ${now} repeats an earlier one`).toBe(false);
  seen.add(now);
}

beforeAll(async () => {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const occasion = await prisma.occasion.create({ data: { name: `Fingerprint party ${Date.now()}` } });
  occasionId = occasion.id;
  slug = newSlug();
  const r = await prisma.registry.create({
    data: {
      slug,
      title: "Fingerprints",
      ownerId: owner.id,
      occasionId,
      firstName: "F",
      lastName: "P",
      email: owner.email,
      items: {
        create: [
          { title: "Kettle", priceCents: 3000, requested: 4 },
          { title: "Toaster", priceCents: 4000, requested: 2, position: 1 },
        ],
      },
    },
  });
  registryId = r.id;
  seen.add(await snapshot());
});

describe("change fingerprints", () => {
  it("change on every kind of write, whoever writes", async () => {
    const [kettle, toaster] = await prisma.registryItem.findMany({ where: { registryId }, orderBy: { position: "asc" } });
    await expectChange(
      () =>
        prisma.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" + 1 WHERE "id" = ${kettle.id} AND "requested" - "purchased" - "locked" >= 1`,
    );
    await expectChange(() => prisma.registryItem.update({ where: { id: toaster.id }, data: { note: "Any colour" } }));
    await expectChange(() => prisma.registryItem.updateMany({ where: { registryId }, data: { priority: 1 } }));
    const beforeInsert = await snapshot();
    await expectChange(() =>
      prisma.registryItem.createMany({ data: [{ registryId, title: "Blender", priceCents: 5000, requested: 1, position: 2 }] }),
    );
    const withBlender = await snapshot();
    await prisma.registryItem.deleteMany({ where: { registryId, title: "Blender" } });
    // Removing the item just added restores exactly the earlier rows, so the earlier fingerprint is right again.
    expect(await snapshot()).not.toBe(withBlender);
    expect(await snapshot()).toBe(beforeInsert);
    await expectChange(() => prisma.registryItem.deleteMany({ where: { registryId, title: "Toaster" } }));
    await expectChange(() => prisma.registry.update({ where: { id: registryId }, data: { title: "Fingerprints renamed" } }));
    await expectChange(() => prisma.occasion.update({ where: { id: occasionId }, data: { name: `Renamed party ${Date.now()}` } }));
    // A statement that matches nothing changes nothing, so the fingerprint may stay.
    const before = await snapshot();
    await prisma.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" + 1 WHERE "id" = ${kettle.id} AND "requested" < 0`;
    expect(await snapshot()).toBe(before);
  });

  it("cached reads see every change at once (guest page, REST, SOAP)", async () => {
    const kettle = await prisma.registryItem.findFirstOrThrow({ where: { registryId, title: "Kettle" } });
    const read = async () => {
      const guest = (await findGuestRegistry(slug))!.items.find((i) => i.id === kettle.id)!;
      const rest = (await restRegistry(registryId)).GiftRegistryItemList.find((i) => i.ItemName === "Kettle")!;
      const [soap] = await findRegistriesForApi([registryId]);
      return { guest: guest.locked, rest: rest.Sold, soap: soap.items.find((i) => i.id === kettle.id)!.purchased };
    };
    const first = await read();
    expect(await read()).toEqual(first); // second read from the caches
    await prisma.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" + 1, "purchased" = "purchased" + 1 WHERE "id" = ${kettle.id}`;
    expect(await read()).toEqual({ guest: first.guest + 1, rest: first.rest + 1, soap: first.soap + 1 });
  });

  it("a REST page's prints follow the registries it holds and their items", async () => {
    const page = async () => new Map((await restRegistryPage({}, { limit: 500, offset: 0 })).map((h) => [h.id, h.print]));
    const a = await page();
    expect(a.has(registryId)).toBe(true);
    expect(await page()).toEqual(a);
    await prisma.registryItem.updateMany({ where: { registryId }, data: { note: "changed" } });
    const b = await page();
    expect(b.get(registryId)).not.toBe(a.get(registryId));
    expect([...b].filter(([id, print]) => id !== registryId && print !== a.get(id))).toEqual([]); // the others keep theirs
    await prisma.registry.update({ where: { id: registryId }, data: { title: "Fingerprints renamed again" } });
    expect((await page()).get(registryId)).not.toBe(b.get(registryId));
    await prisma.registry.update({ where: { id: registryId }, data: { active: false } });
    expect((await page()).has(registryId)).toBe(false);
    await prisma.registry.update({ where: { id: registryId }, data: { active: true } });
  });

  it("a search's fingerprint follows what it shows: new matches, edits of shown registries, occasion renames, deletes — not other registries", async () => {
    const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
    const name = `Zephyrine${Date.now() % 100000}`;
    const search = new URLSearchParams({ name: name.toLowerCase().slice(0, 7) }); // a part of the name, ≥ 3 characters
    const make = (lastName: string) =>
      prisma.registry.create({
        data: {
          slug: newSlug(),
          title: "Search print",
          ownerId: owner.id,
          occasionId,
          firstName: "S",
          lastName,
          email: owner.email,
          searchName: `s ${lastName.toLowerCase()}`,
          searchTitle: "search print",
        },
      });
    const prints = [await guestSearchFingerprint(search)];
    const shown = await make(name);
    prints.push(await guestSearchFingerprint(search));
    const other = await make("Elsewhere");
    expect(await guestSearchFingerprint(search)).toBe(prints.at(-1)); // not shown: the page stays
    await prisma.registry.update({ where: { id: other.id }, data: { title: "Edited elsewhere" } });
    expect(await guestSearchFingerprint(search)).toBe(prints.at(-1));
    await prisma.registry.update({ where: { id: shown.id }, data: { title: "Edited" } });
    prints.push(await guestSearchFingerprint(search));
    await prisma.occasion.update({ where: { id: occasionId }, data: { name: `Search party ${Date.now()}` } });
    prints.push(await guestSearchFingerprint(search));
    await prisma.registry.delete({ where: { id: shown.id } });
    prints.push(await guestSearchFingerprint(search));
    await prisma.registry.delete({ where: { id: other.id } });
    expect(prints[0]).toBe(prints.at(-1)); // no match again
    expect(new Set(prints.slice(1)).size).toBe(prints.length - 1);
  });

  it("a registry's search mark moves with what a search can see — not with messages or purchases; a delete leaves one", async () => {
    const mark = async (id: number) =>
      BigInt((await prisma.$queryRaw<{ g: unknown }[]>`SELECT "searchGen" AS "g" FROM "Registry" WHERE "id" = ${id}`)[0].g as bigint);
    const item = await prisma.registryItem.findFirstOrThrow({ where: { registryId }, select: { id: true } });
    const before = await mark(registryId);
    await prisma.registry.update({ where: { id: registryId }, data: { message: `Hello ${Date.now()}` } });
    await prisma.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" + 1 WHERE "id" = ${item.id}`; // a checkout's write
    await prisma.registryItem.update({ where: { id: item.id }, data: { locked: { decrement: 1 } } });
    expect(await mark(registryId)).toBe(before);
    let last = before;
    const moves = async (write: () => Promise<unknown>, id = registryId) => {
      await write();
      const now = await mark(id);
      expect(now > last, "the mark did not move").toBe(true);
      last = now;
    };
    await moves(() => prisma.registry.update({ where: { id: registryId }, data: { title: "Fingerprints, renamed" } }));
    await moves(() => prisma.registry.update({ where: { id: registryId }, data: { addrCity: "Lyon" } }));
    await moves(() => prisma.registry.update({ where: { id: registryId }, data: { visibility: "PUBLIC" } })); // set, even unchanged
    await moves(() => prisma.occasion.update({ where: { id: occasionId }, data: { name: `Generation party ${Date.now()}` } }));
    const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
    const made = await prisma.registry.create({
      data: { slug: newSlug(), title: "Generation", ownerId: owner.id, firstName: "G", lastName: "N", email: owner.email },
    });
    expect((await mark(made.id)) > last).toBe(true);
    await prisma.registry.delete({ where: { id: made.id } });
    const gone = await prisma.$queryRaw<{ g: unknown }[]>`SELECT "searchGen" AS "g" FROM "RegistryGone" WHERE "registryId" = ${made.id}`;
    expect(gone.length).toBe(1);
    expect(BigInt(gone[0].g as bigint) > last).toBe(true);
  });

  it("a private registry's page is never cacheable", async () => {
    expect(await guestPageFingerprint(slug)).not.toBeNull();
    await prisma.registry.update({ where: { id: registryId }, data: { visibility: "PRIVATE" } });
    expect(await guestPageFingerprint(slug)).toBeNull();
    await prisma.registry.update({ where: { id: registryId }, data: { visibility: "PUBLIC", active: false } });
    expect(await guestPageFingerprint(slug)).toBeNull();
  });
});

describe("FingerprintCache", () => {
  it("keeps at most its size, dropping the least recently used", () => {
    const c = new FingerprintCache<number>(2);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1); // a is now the most recent
    c.set("c", 3);
    expect(c.get("b")).toBeUndefined();
    expect([c.get("a"), c.get("c")]).toEqual([1, 3]);
  });
});

describe("FingerprintCache by weight", () => {
  it("keeps at most its weight in all, dropping the least recently used first", () => {
    const c = new FingerprintCache<string>(10, (v) => v.length);
    c.set("a", "xxxx");
    c.set("b", "yyyy");
    expect(c.get("a")).toBe("xxxx"); // a is now the most recent
    c.set("c", "zzzz"); // 12 > 10: b goes
    expect(c.get("b")).toBeUndefined();
    expect([c.get("a"), c.get("c")]).toEqual(["xxxx", "zzzz"]);
    c.set("a", "x"); // replacing a value counts its new weight only: 5 in all, nothing goes
    expect([c.get("a"), c.get("c")]).toEqual(["x", "zzzz"]);
    c.set("d", "w".repeat(20)); // heavier than the whole cache: kept alone, the newest
    expect([c.get("a"), c.get("c"), c.get("d")]).toEqual([undefined, undefined, "w".repeat(20)]);
  });
});
