import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import type { SessionUser } from "./users";
import type { Prisma } from "../generated/prisma/client";

const SLUG_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** 12 characters from a 32-letter alphabet: 60 bits, not guessable, easy to read aloud. */
export function newSlug(): string {
  const bytes = randomBytes(12);
  return Array.from(bytes, (b) => SLUG_ALPHABET[b % 32]).join("");
}

/** Lower-cased like the search terms (lib/data/search.ts), so partial matching behaves the same on SQLite and PostgreSQL. */
export const searchText = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The lower-cased name and email search columns. */
export function searchColumns(r: {
  firstName: string;
  lastName: string;
  email: string;
  coFirstName?: string;
  coLastName?: string;
  coEmail?: string;
}) {
  const names = [`${r.firstName} ${r.lastName}`, `${r.coFirstName ?? ""} ${r.coLastName ?? ""}`];
  return {
    searchName: names.map(searchText).join("\n"),
    searchEmail: [r.email, r.coEmail ?? ""].map((e) => e.trim().toLowerCase()).join("\n"),
  };
}

/**
 * Registries a user may manage: their own, those whose co-registrant invitation they accepted; admins:
 * all. Never by matching coEmail: anyone can sign up with an address (lib/data/co-registrant.ts).
 */
export function managedWhere(user: SessionUser): Prisma.RegistryWhereInput {
  if (user.role === "ADMIN") return {};
  return { OR: [{ ownerId: user.id }, { coManagerId: user.id }] };
}

export function findManagedRegistry(user: SessionUser, registryId: number) {
  if (!Number.isInteger(registryId) || registryId <= 0) return Promise.resolve(null);
  return prisma.registry.findFirst({
    where: { AND: [{ id: registryId }, managedWhere(user)] },
    include: { occasion: true, store: true },
  });
}

export type RegistrySummary = Awaited<ReturnType<typeof listManagedRegistries>>[number];

/** Dashboard list with progress: units and value purchased of requested, computed in one grouped query. */
export async function listManagedRegistries(user: SessionUser) {
  const where: Prisma.RegistryWhereInput = user.role === "ADMIN" ? { ownerId: user.id } : managedWhere(user);
  const registries = await prisma.registry.findMany({
    where,
    orderBy: [{ eventDate: "asc" }, { id: "asc" }],
    include: { occasion: { select: { name: true } } },
  });
  const ids = registries.map((r) => r.id);
  const items = ids.length
    ? await prisma.registryItem.findMany({
        where: { registryId: { in: ids } },
        select: { registryId: true, requested: true, purchased: true, locked: true, priceCents: true },
      })
    : [];
  const totals = new Map<number, { requested: number; bought: number; valueCents: number; lines: number }>();
  for (const it of items) {
    const t = totals.get(it.registryId) ?? { requested: 0, bought: 0, valueCents: 0, lines: 0 };
    const bought = it.purchased + it.locked;
    t.requested += it.requested;
    t.bought += bought;
    t.valueCents += bought * it.priceCents;
    t.lines += 1;
    totals.set(it.registryId, t);
  }
  return registries.map((r) => ({
    ...r,
    isOwner: r.ownerId === user.id,
    progress: totals.get(r.id) ?? { requested: 0, bought: 0, valueCents: 0, lines: 0 },
  }));
}
