import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { PAGE_SIZE, registrySearchWhere, searchPublicRegistries, searchPublicRegistryHeads } from "../../lib/data/search";

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
    expect(capped.heads).toEqual(all.heads); // the page itself is not cut short
    const exact = await searchPublicRegistryHeads({ name: "a" }, 1, all.total);
    expect({ total: exact.total, capped: exact.capped }).toEqual({ total: all.total, capped: false });
  });

  it("matches %, _ and \\ in a term literally", async () => {
    for (const name of ["%", "_", "\\", "a%e", "a_e"]) expect({ name, titles: await titles({ name }) }).toEqual({ name, titles: [] });
    expect(await titles({ email: "%@%" })).toEqual([]);
  });
});
