// Chosen registry addresses: unique across current and former addresses, decided by the database.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { newSlug } from "../../lib/data/registries";
import { changeSlug, currentSlugOf } from "../../lib/data/registry-address";
import { chosenSlugSchema } from "../../lib/validations/slug";
import { fe } from "../../lib/validations/auth";
import { catalogue } from "../../lib/i18n/messages";
import { validationOf, resolveMessage } from "../../lib/i18n/validation";

// Messages are keys (shown in the reader's language); here in English.
const en = validationOf(catalogue("en"));

afterAll(() => prisma.$disconnect());

async function registry() {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  return prisma.registry.create({
    data: { slug: newSlug(), title: "Address test", ownerId: owner.id, firstName: "A", lastName: "T", email: owner.email },
  });
}
const fresh = (p: string) => `${p}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;

describe("registry addresses", () => {
  it("a changed address keeps the old one pointing to the registry, and nobody else can take either", async () => {
    const a = await registry();
    const b = await registry();
    const chosen = fresh("alex-and-sam");
    await changeSlug(a.id, chosen);
    expect(await currentSlugOf(a.slug)).toBe(chosen);
    expect(await currentSlugOf(chosen)).toBe(chosen);
    await expect(changeSlug(b.id, chosen)).rejects.toMatchObject({ fieldErrors: { slug: fe("slugTaken") } });
    await expect(changeSlug(b.id, a.slug)).rejects.toMatchObject({ fieldErrors: { slug: fe("slugTaken") } }); // a former address
    expect((await prisma.registry.findUniqueOrThrow({ where: { id: b.id } })).slug).toBe(b.slug);
    // The registry may go back to an address of its own.
    await changeSlug(a.id, a.slug);
    expect(await currentSlugOf(chosen)).toBe(a.slug);
    expect(await currentSlugOf("never-had-this-one")).toBeNull();
  });

  it("a deleted registry's addresses stay taken: a printed link never leads to someone else's registry", async () => {
    const [a, b] = [await registry(), await registry()];
    const chosen = fresh("printed-on-invitations");
    await changeSlug(a.id, chosen);
    await prisma.registry.delete({ where: { id: a.id } });
    expect(await currentSlugOf(chosen)).toBeNull(); // a 404, not a redirect
    await expect(changeSlug(b.id, chosen)).rejects.toMatchObject({ fieldErrors: { slug: fe("slugTaken") } });
    await expect(changeSlug(b.id, a.slug)).rejects.toMatchObject({ fieldErrors: { slug: fe("slugTaken") } });
  });

  it("two registries racing for one address: exactly one gets it, the other hears it is taken", async () => {
    const [a, b, c] = [await registry(), await registry(), await registry()];
    const wanted = fresh("race");
    const results = await Promise.allSettled([a, b, c].map((r) => changeSlug(r.id, wanted)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ fieldErrors: { slug: fe("slugTaken") } });
    expect(await prisma.registrySlug.count({ where: { slug: wanted } })).toBe(1);
  });

  it("the address field: lowercase letters, digits and hyphens, 3–60, not reserved", () => {
    const msg = (slug: string) => resolveMessage(chosenSlugSchema.safeParse({ slug }).error?.issues[0]?.message, en);
    expect(chosenSlugSchema.parse({ slug: "  Alex-And-Sam-2027 " }).slug).toBe("alex-and-sam-2027");
    expect(msg("ab")).toBe("Use at least 3 characters");
    expect(msg("a".repeat(61))).toBe("Use at most 60 characters");
    expect(msg("alex & sam")).toBe("Use only letters, digits and hyphens (no spaces)");
    expect(msg("-alex")).toBe("Start and end with a letter or digit");
    expect(msg("alex--sam")).toBe("Use one hyphen at a time");
    expect(msg("admin")).toBe("That address is reserved for the site: choose another");
  });
});
