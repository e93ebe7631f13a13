import "server-only";
// A registry's address (/r/{slug}): the registrant may choose one. Every address a registry has had
// stays its own (RegistrySlug, written by database triggers), so old links redirect and nobody else
// can take them; the database decides who gets an address, so two registrants racing get one each way.
import { prisma } from "../db";
import { conflict } from "../errors";
import { withBusyRetry } from "./retry";
import { fe } from "../validations/auth";

/** The database refused the address: Registry.slug or RegistrySlug's key (P2002; checked by message too, for a trigger's refusal). */
const isTaken = (e: unknown) =>
  (e as { code?: string })?.code === "P2002" ||
  (/unique/i.test(String((e as Error)?.message)) && /slug/i.test(String((e as Error)?.message)));

/** Gives the registry this address; a current or former address of another registry is refused at the field. */
export async function changeSlug(registryId: number, slug: string) {
  try {
    await withBusyRetry(() => prisma.registry.update({ where: { id: registryId }, data: { slug }, select: { id: true } }));
  } catch (e) {
    if (isTaken(e)) throw conflict(fe("slugTakenForm"), { slug: fe("slugTaken") });
    throw e;
  }
}

/** The current address of the registry that had (or has) this one; null when no registry ever had it. */
export async function currentSlugOf(slug: string): Promise<string | null> {
  const row = await prisma.registrySlug.findUnique({ where: { slug }, select: { registry: { select: { slug: true } } } });
  return row?.registry?.slug ?? null;
}
