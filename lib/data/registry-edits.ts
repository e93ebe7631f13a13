import "server-only";
// A registrant creates, edits, archives and deletes their registries (and the form's options). Callers have already checked access (lib/authz).
import { prisma, type Tx } from "../db";
import { hashPassword } from "../password";
import { conflict } from "../errors";
import { worded } from "../i18n/errors";
import type { RegistryData } from "../validations/registry";
import type { SessionUser } from "./users";
import { newSlug, searchColumns, searchText } from "./registries";
import { inviteCoRegistrant } from "./co-registrant";
import { fe } from "../validations/auth";

const day = (v: string) => (v ? new Date(`${v}T12:00:00Z`) : null);

async function columns(d: RegistryData, registrant: { firstName: string; lastName: string; email: string }, ownerEmail: string) {
  if (d.coEmail && d.coEmail === ownerEmail.toLowerCase()) throw conflict(fe("coEmailOwn"), { coEmail: fe("coEmailNotOwner") });
  const [occasion, store] = await Promise.all([
    prisma.occasion.findFirst({ where: { id: d.occasionId, active: true }, select: { id: true } }),
    d.storeId ? prisma.store.findFirst({ where: { id: d.storeId, active: true }, select: { id: true } }) : null,
  ]);
  if (!occasion) throw conflict(fe("occasionFromList"), { occasionId: fe("occasionFromList") });
  if (d.storeId && !store) throw conflict(fe("storeFromList"), { storeId: fe("storeFromList") });
  return {
    title: d.title,
    language: d.language,
    searchTitle: searchText(d.title),
    occasionId: occasion.id,
    storeId: store?.id ?? null,
    eventDate: day(d.eventDate),
    deliveryDate: day(d.deliveryDate),
    message: d.message,
    invitationInserts: d.invitationInserts === "" ? null : d.invitationInserts,
    exchangeCards: d.exchangeCards,
    externalIdentifier: d.externalIdentifier,
    visibility: d.visibility,
    surpriseMode: d.surpriseMode,
    coFirstName: d.coFirstName,
    coLastName: d.coLastName,
    coEmail: d.coEmail,
    addrCompany: d.addrCompany,
    addrStreet: d.addrStreet,
    addrStreet2: d.addrStreet2,
    addrSuburb: d.addrSuburb,
    addrCity: d.addrCity,
    addrState: d.addrState,
    addrPostcode: d.addrPostcode,
    addrCountry: d.addrCountry,
    addrPhone: d.addrPhone,
    ...searchColumns({ ...registrant, coFirstName: d.coFirstName, coLastName: d.coLastName, coEmail: d.coEmail }),
  };
}

/** Creates the registry; a co-registrant email gets an invitation (baseUrl: where its link points). */
export async function createRegistry(user: SessionUser, d: RegistryData, baseUrl: string) {
  if (d.visibility === "PRIVATE" && !d.accessCode) throw conflict(fe("privateNeedsCode"), { accessCode: fe("chooseAccessCode") });
  const owner = await prisma.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { firstName: true, lastName: true, email: true, phone: true },
  });
  const data = await columns(d, owner, owner.email);
  const expiresAt = data.eventDate ? new Date(data.eventDate.getTime() + 365 * 86_400_000) : null;
  const accessCodeHash = d.accessCode ? await hashPassword(d.accessCode) : null;
  return prisma.$transaction(async (tx) => {
    const r = await tx.registry.create({
      data: {
        ...data,
        currency: d.currency,
        slug: newSlug(),
        expiresAt,
        ownerId: user.id,
        firstName: owner.firstName,
        lastName: owner.lastName,
        email: owner.email,
        phone: owner.phone,
        accessCodeHash,
      },
      select: { id: true, slug: true },
    });
    if (data.coEmail) await inviteCoRegistrant(tx, r.id, baseUrl);
    return r;
  });
}

/** A changed co-registrant email ends the current co-manager's access and voids the old invitation. */
export async function updateRegistry(registryId: number, d: RegistryData, baseUrl: string) {
  const current = await prisma.registry.findUniqueOrThrow({
    where: { id: registryId },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      accessCodeHash: true,
      coEmail: true,
      currency: true,
      owner: { select: { email: true } },
    },
  });
  if (d.visibility === "PRIVATE" && !d.accessCode && !current.accessCodeHash)
    throw conflict(fe("privateNeedsCode"), { accessCode: fe("chooseAccessCode") });
  const data = await columns(d, current, current.owner.email);
  const accessCode = d.accessCode ? { accessCodeHash: await hashPassword(d.accessCode) } : {};
  await prisma.$transaction(async (tx) => {
    await tx.registry.update({ where: { id: registryId }, data: { ...data, ...accessCode } });
    if (d.currency !== current.currency) await changeCurrency(tx, registryId, d.currency, current.currency);
    if (data.coEmail !== current.coEmail) await inviteCoRegistrant(tx, registryId, baseUrl);
  });
}

/**
 * Amounts already paid or pledged were in the old currency: the currency changes only while the
 * registry has no order, pledge or store sale — checked in the same statement that changes it.
 */
async function changeCurrency(tx: Tx, registryId: number, currency: string, was: string) {
  const { count } = await tx.registry.updateMany({
    where: { id: registryId, orders: { none: {} }, contributions: { none: {} }, sales: { none: {} } },
    data: { currency },
  });
  if (count !== 1) {
    const why = fe("currencyLocked", { currency: was });
    throw conflict(why, { currency: why });
  }
}

/** Archive hides the registry from guests; an admin's deactivation cannot be undone by the owner. */
export async function setArchived(registryId: number, archived: boolean) {
  const r = await prisma.registry.findUniqueOrThrow({ where: { id: registryId }, select: { deactivatedByAdmin: true } });
  if (r.deactivatedByAdmin) throw worded("conflict", "registryErrors.deactivatedByAdmin");
  await prisma.registry.update({
    where: { id: registryId },
    data: archived ? { active: false, archivedAt: new Date(), deactivatedReason: "" } : { active: true, archivedAt: null },
  });
}

/** Delete is refused while orders are in progress (some item has Locked > 0). */
export async function deleteRegistry(registryId: number) {
  const locked = await prisma.registryItem.count({ where: { registryId, locked: { gt: 0 } } });
  if (locked > 0) throw worded("conflict", "registryErrors.ordersInProgress");
  // Pledged money keeps its record (for the couple, the guest and a refund): checked in the DELETE itself.
  const { count } = await prisma.registry.deleteMany({
    where: { id: registryId, contributions: { none: { status: { in: ["PROMISED", "RECEIVED"] } } } },
  });
  if (count === 0 && (await prisma.registry.count({ where: { id: registryId } }))) throw worded("conflict", "registryErrors.pledged");
}

export function registryFormOptions() {
  return Promise.all([
    prisma.occasion.findMany({
      where: { active: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    prisma.store.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
}
