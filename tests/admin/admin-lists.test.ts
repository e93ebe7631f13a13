// Admin lists: search follows the guest semantics, filters combine, text matching ignores case on both providers.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { listRegistries } from "../../lib/data/admin-registries";
import { listUsers } from "../../lib/data/admin-users";
import { listProducts } from "../../lib/data/admin-catalog";
import { registryListQuery } from "../../lib/validations/admin";

afterAll(() => prisma.$disconnect());

const titles = async (params: Record<string, string>) => (await listRegistries(registryListQuery.parse(params))).rows.map((r) => r.title);

describe("admin registry list", () => {
  it("searches by name, email, number and external id like guest search, and filters by status, occasion and reports", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" }, include: { occasion: true } });
    expect(await titles({ name: "SAM tay" })).toContain(wedding.title); // co-registrant, any case
    expect(await titles({ email: "alex@" })).toContain(wedding.title);
    expect(await titles({ number: String(wedding.id) })).toEqual([wedding.title]);
    expect(await titles({ ext: wedding.externalIdentifier })).toEqual([wedding.title]);
    expect(await titles({ name: "alex", status: "inactive" })).not.toContain(wedding.title);
    expect(await titles({ occasion: String(wedding.occasionId), name: "alex" })).toContain(wedding.title);
    const day = wedding.eventDate!.toISOString().slice(0, 10);
    expect(await titles({ from: day, to: day })).toContain(wedding.title);
    expect(await titles({ eventDate: "1999-01-01" })).toEqual([]);

    const baby = await prisma.registry.findFirstOrThrow({ where: { title: "Baby Lee is on the way" } });
    const report = await prisma.guestReport.create({ data: { registryId: baby.id, reason: "test" } });
    expect(await titles({ reported: "1" })).toContain(baby.title);
    expect(await titles({ reported: "1" })).not.toContain(wedding.title);
    await prisma.guestReport.delete({ where: { id: report.id } });
  });

  it("ignores bad filter values instead of failing, and sorts", async () => {
    const q = registryListQuery.parse({ number: "abc", eventDate: "2020-99-99", sort: "nope", page: "-3" });
    expect(q).toMatchObject({ number: undefined, eventDate: undefined, sort: "created_desc", page: 1 });
    const asc = await titles({ sort: "title_asc", name: "a" }); // a filter, so registries other tests add cannot push these two off the first page
    expect(asc.indexOf("Alex & Sam's Wedding")).toBeLessThan(asc.indexOf("Priya's 30th Birthday"));
    const soonest = await titles({ sort: "event_asc", name: "a" });
    const latest = await titles({ sort: "event_desc", name: "a" });
    expect(soonest.indexOf("Priya's 30th Birthday")).toBeLessThan(soonest.indexOf("Alex & Sam's Wedding"));
    expect(latest.indexOf("Alex & Sam's Wedding")).toBeLessThan(latest.indexOf("Priya's 30th Birthday"));
  });
});

describe("admin user and product search", () => {
  it("matches names and emails regardless of case", async () => {
    expect((await listUsers({ q: "ALEX", page: 1 })).rows.map((u) => u.email)).toContain("alex@example.com");
    expect((await listUsers({ q: "rivera", page: 1 })).rows.map((u) => u.email)).toContain("alex@example.com");
    const product = await prisma.product.findFirstOrThrow();
    expect((await listProducts({ q: product.name.toUpperCase(), page: 1 })).rows.map((p) => p.id)).toContain(product.id);
  });
});
