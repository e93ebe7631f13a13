import { afterAll, describe, expect, it, vi } from "vitest";
import { prisma } from "../../lib/db";
import { newSlug } from "../../lib/data/registries";
import {
  COUNT_CAP,
  PAGE_SIZE,
  guestSearchFingerprint,
  registrySearchWhere,
  searchPublicRegistries,
  searchPublicRegistryHeads,
} from "../../lib/data/search";

afterAll(() => prisma.$disconnect());

const titles = async (terms: Parameters<typeof registrySearchWhere>[0]) =>
  (await searchPublicRegistries(terms)).rows.map((r) => r.title).filter((t) => !t.includes("test"));

describe("registry search semantics", () => {
  it("matches partial names of the registrant or co-registrant, case-insensitively", async () => {
    expect(await titles({ name: "alex" })).toContain("Alex & Sam's Wedding");
    expect(await titles({ name: "SAM TAY" })).toEqual(["Alex & Sam's Wedding"]);
    expect(await titles({ name: "Taylor" })).toEqual(["Alex & Sam's Wedding"]);
    expect(await titles({ name: "casey lee" })).toEqual(["Baby Lee is on the way"]);
  });

  it("guests also find a registry by part of its title; admin and SOAP name searches match names only", async () => {
    expect(await titles({ name: "ON THE  way" })).toEqual(["Baby Lee is on the way"]);
    expect(await titles({ name: "sam's wed" })).toEqual(["Alex & Sam's Wedding"]);
    const byName = await prisma.registry.findMany({ where: registrySearchWhere({ name: "on the way" }), select: { id: true } });
    expect(byName).toEqual([]);
  });

  it("requires every given term and ignores blank ones", async () => {
    expect(await titles({ name: "alex", email: "jordan@" })).toEqual([]);
    expect(await titles({ name: "alex", email: "  ", externalIdentifier: "" })).toContain("Alex & Sam's Wedding");
    expect(await titles({ email: "priya@ex" })).toEqual(["Priya's 30th Birthday"]);
  });

  it("compares the event date by day only", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    const sameDayLate = new Date(wedding.eventDate!);
    sameDayLate.setUTCHours(23, 59, 0, 0);
    expect(await titles({ eventDate: sameDayLate })).toEqual(["Alex & Sam's Wedding"]);
    const nextDay = new Date(sameDayLate.getTime() + 60_000);
    expect(await titles({ eventDate: nextDay })).toEqual([]);
  });

  it("finds by registry number and external identifier", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
    expect(await titles({ id: wedding.id })).toEqual(["Alex & Sam's Wedding"]);
    expect(await titles({ externalIdentifier: "BABY-JOR" })).toEqual(["Baby Lee is on the way"]);
    expect(await titles({ id: 0 })).toEqual([]); // number 0 names no registry, it is not "any"
  });

  it("finds the same registries, in the same order, whatever the name's length (SQLite: trigram index from 3 characters, LIKE below)", async () => {
    const likeSearch = async (name: string, page = 1) => {
      const rows = await prisma.registry.findMany({
        where: { AND: [{ active: true, visibility: "PUBLIC" }, registrySearchWhere({ name, nameOrTitle: true })] },
        orderBy: [{ eventDate: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      return { total: rows.length, ids: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => r.id) };
    };
    for (const name of ["a", "al", "ale", "lee", "SAM TAY", "sam's", 'say "hi"', "é", "e w", "zzzz"]) {
      const found = await searchPublicRegistries({ name });
      expect({ name, total: found.total, ids: found.rows.map((r) => r.id) }).toEqual({ name, ...(await likeSearch(name)) });
    }
    // Past the last page: no rows, the total still right.
    const past = await searchPublicRegistries({ name: "lee" }, 50);
    expect(past.rows).toEqual([]);
    expect(past.total).toBe((await likeSearch("lee")).total);
  });

  it("counts matches up to a cap, and says when there are more", async () => {
    const all = await searchPublicRegistryHeads({ name: "a" });
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const capped = await searchPublicRegistryHeads({ name: "a" }, 1, 2);
    expect({ total: capped.total, capped: capped.capped }).toEqual({ total: 2, capped: true });
    expect(capped.heads).toEqual(all.heads.slice(0, 2)); // pages end at the cap (COUNT_CAP is a whole number of pages)
    const exact = await searchPublicRegistryHeads({ name: "a" }, 1, all.total);
    expect({ total: exact.total, capped: exact.capped }).toEqual({ total: all.total, capped: false });
  });

  it("matches %, _ and \\ in a term literally", async () => {
    for (const name of ["%", "_", "\\", "a%e", "a_e"]) expect({ name, titles: await titles({ name }) }).toEqual({ name, titles: [] });
    expect(await titles({ email: "%@%" })).toEqual([]);
  });
});

describe("kept search matches (guestSearchMatches)", () => {
  it("follow every change at once, and are not read again for changes elsewhere", async () => {
    const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
    const token = `quillon${Date.now() % 1_000_000}`;
    const make = (lastName: string, day: number) =>
      prisma.registry.create({
        data: {
          slug: newSlug(),
          title: `Kept ${lastName}`,
          ownerId: owner.id,
          firstName: "K",
          lastName,
          email: owner.email,
          eventDate: new Date(Date.UTC(2031, 0, day)),
          searchName: `k ${lastName.toLowerCase()}`,
          searchTitle: `kept ${lastName.toLowerCase()}`,
        },
      });
    const [a, b, c] = [await make(`${token}a`, 1), await make(`${token}b`, 2), await make(`${token}c`, 3)];
    const elsewhere = await make("Elsewhere", 4);
    const found = async () => (await searchPublicRegistries({ name: token })).rows.map((r) => r.id);
    const reads = vi.spyOn(prisma, "$queryRaw");
    const listReads = () => reads.mock.calls.filter(([q]) => /ORDER BY r."eventDate"/.test((q as { sql: string }).sql)).length;
    try {
      expect(await found()).toEqual([a.id, b.id, c.id]);
      let before = listReads();
      await prisma.registry.update({ where: { id: elsewhere.id }, data: { title: "Elsewhere, renamed" } });
      await prisma.registry.update({ where: { id: a.id }, data: { message: "Not shown in search" } });
      expect(await found()).toEqual([a.id, b.id, c.id]);
      expect(await guestSearchFingerprint(new URLSearchParams({ name: token }))).toMatch(/^3:/);
      expect(listReads()).toBe(before); // checked by the changed registries alone

      await prisma.registry.update({ where: { id: b.id }, data: { searchName: "k someone else", searchTitle: "kept" } });
      expect(await found()).toEqual([a.id, c.id]); // left the matches
      await prisma.registry.update({ where: { id: elsewhere.id }, data: { searchTitle: `also ${token}` } });
      expect(await found()).toEqual([a.id, c.id, elsewhere.id]); // entered them
      await prisma.registry.update({ where: { id: a.id }, data: { eventDate: new Date(Date.UTC(2031, 0, 9)) } });
      expect(await found()).toEqual([c.id, elsewhere.id, a.id]); // moved in the order
      await prisma.registry.update({ where: { id: c.id }, data: { visibility: "PRIVATE" } });
      expect(await found()).toEqual([elsewhere.id, a.id]);
      await prisma.registry.delete({ where: { id: elsewhere.id } });
      expect(await found()).toEqual([a.id]);

      // More changes elsewhere than a check reads: the matches are read again, and still right.
      before = listReads();
      const filler = (i: number) => ({
        slug: newSlug(),
        title: `Filler ${i}`,
        ownerId: owner.id,
        firstName: "F",
        lastName: `${i}`,
        email: owner.email,
      });
      await prisma.registry.createMany({ data: Array.from({ length: 101 }, (_, i) => filler(i)) });
      expect(await found()).toEqual([a.id]);
      expect(listReads()).toBe(before + 1);
    } finally {
      reads.mockRestore();
      await prisma.registry.deleteMany({ where: { OR: [{ id: { in: [a.id, b.id, c.id] } }, { title: { startsWith: "Filler " } }] } });
    }
  });

  it("concurrent searches after a change share one read", async () => {
    const reads = vi.spyOn(prisma, "$queryRaw");
    try {
      await searchPublicRegistries({ name: "lee" });
      const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
      const made = await prisma.registry.create({
        data: {
          slug: newSlug(),
          title: "Lee too",
          ownerId: owner.id,
          firstName: "L",
          lastName: "Lee",
          email: owner.email,
          searchName: "l lee",
        },
      });
      reads.mockClear();
      const all = await Promise.all(Array.from({ length: 8 }, () => searchPublicRegistries({ name: "lee" })));
      expect(new Set(all.map((f) => f.total)).size).toBe(1);
      expect(all[0].rows.map((r) => r.id)).toContain(made.id);
      expect(reads.mock.calls.filter(([q]) => /ORDER BY r."eventDate"/.test((q as { sql: string }).sql)).length).toBe(1);
      await prisma.registry.delete({ where: { id: made.id } });
      expect(COUNT_CAP % PAGE_SIZE).toBe(0); // a capped search's last page is full
    } finally {
      reads.mockRestore();
    }
  });
});
