import "server-only";
// Occasions and stores: the lists registrants choose from.
import { prisma } from "../db";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export type ListKind = "occasion" | "store";

export function listOccasionsAndStores() {
  return Promise.all([
    prisma.occasion.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { registries: true } } } }),
    prisma.store.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { registries: true } } } }),
  ]);
}

const isUnique = (e: unknown) => (e as { code?: string })?.code === "P2002";
const taken = (name: string) => worded("conflict", "adminLists.taken", { name }, { name: msg("adminLists.taken", { name }) });
const gone = (kind: "occasion" | "store") => worded("not_found", "adminLists.gone", { kind });

export async function addListEntry(kind: ListKind, name: string, actor: SessionUser) {
  try {
    await withBusyRetry(() =>
      prisma.$transaction(async (tx) => {
        const row =
          kind === "occasion"
            ? await tx.occasion.create({
                data: { name, position: ((await tx.occasion.aggregate({ _max: { position: true } }))._max.position ?? 0) + 1 },
              })
            : await tx.store.create({ data: { name } });
        await audit(tx, actor, { action: `${kind}.create`, targetType: kind, targetId: row.id, after: { name } });
      }),
    );
  } catch (e) {
    if (isUnique(e)) throw taken(name);
    throw e;
  }
}

export async function updateListEntry(kind: ListKind, id: number, data: { name?: string; active?: boolean }, actor: SessionUser) {
  try {
    await withBusyRetry(() =>
      prisma.$transaction(async (tx) => {
        const where = { id };
        const before = kind === "occasion" ? await tx.occasion.findUnique({ where }) : await tx.store.findUnique({ where });
        if (!before) throw gone(kind);
        const after = kind === "occasion" ? await tx.occasion.update({ where, data }) : await tx.store.update({ where, data });
        await audit(tx, actor, {
          action: `${kind}.${data.name !== undefined ? "rename" : data.active ? "activate" : "deactivate"}`,
          targetType: kind,
          targetId: id,
          before: { name: before.name, active: before.active },
          after: { name: after.name, active: after.active },
        });
      }),
    );
  } catch (e) {
    if (isUnique(e) && data.name) throw taken(data.name);
    throw e;
  }
}

/** The catalog categories a registry for this occasion opens on ("" = the whole catalog). */
export function setOccasionCategories(id: number, catalogCategories: string, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.occasion.findUnique({ where: { id }, select: { catalogCategories: true } });
      if (!before) throw gone("occasion");
      await tx.occasion.update({ where: { id }, data: { catalogCategories } });
      await audit(tx, actor, { action: "occasion.categories", targetType: "occasion", targetId: id, before, after: { catalogCategories } });
    }),
  );
}

/** Swap with the neighbour; positions are renumbered 1..n first so ties never block a move. */
export function moveOccasion(id: number, direction: "up" | "down", actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const all = await tx.occasion.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
      const i = all.findIndex((o) => o.id === id);
      if (i < 0) throw gone("occasion");
      const j = direction === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= all.length) return;
      const before = all.map((o) => o.name);
      [all[i], all[j]] = [all[j], all[i]];
      for (const [pos, o] of all.entries()) await tx.occasion.update({ where: { id: o.id }, data: { position: pos + 1 } });
      await audit(tx, actor, {
        action: "occasion.move",
        targetType: "occasion",
        targetId: id,
        before: { order: before },
        after: { order: all.map((o) => o.name) },
      });
    }),
  );
}
