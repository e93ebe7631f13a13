// npm run bench, step "data set": the demo data (API credentials, SOAP user, catalog) plus a
// realistic load — BENCH_SCALE × (2,000 registries, 100,000 items), one registry with 500 items,
// orders spread over them — written with createMany in batches (one multi-row INSERT per batch).
// Run with `tsx --conditions=react-server` (lib/data is server-only). Prints one JSON line
// describing what the scenarios need (and the load time), progress on stderr.
import { seedDemoData } from "../lib/data/demo";
import { newSlug, searchColumns, searchText } from "../lib/data/registries";
import { registryFormValues } from "../lib/validations/registry";
import { prisma } from "../lib/db";
import { Prisma } from "../lib/generated/prisma/client";
import { hashPassword } from "../lib/password";
import { parseBenchSettings } from "./bench-settings";

const { scale } = parseBenchSettings();
const REGISTRIES = 2_000 * scale;
const ITEMS = 100_000 * scale;
const BIG_ITEMS = 500;
const FUND_ITEMS = 50; // items of the big registry with stock enough for the mixed run's checkouts
const BATCH = 2_000;
/**
 * Items per INSERT: one multi-row statement through Prisma's raw SQL. createMany splits a batch into
 * statements of ~40 rows on SQLite (999 parameters) and cost 1.2 ms a row there (measured: 2,000 items
 * in 2.4 s against 0.09 s as one statement); 1,000 rows × 16 columns stay under both databases' limits.
 */
const ITEM_BATCH = 1_000;
/** Registrants of "search while registrants edit": they sign in and edit these registries of theirs. */
const BENCH_PASSWORD = "bench-password-1";
const EDITORS = 8;
const EDITED_PER_EDITOR = 5;

// Deterministic pseudo-random numbers, so every run loads the same shape of data.
let seed = 20261124;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

const FIRST = [
  "Olivia",
  "Liam",
  "Emma",
  "Noah",
  "Ava",
  "Ethan",
  "Mia",
  "Lucas",
  "Sofia",
  "Mason",
  "Isla",
  "Leo",
  "Chloe",
  "Owen",
  "Zoe",
  "Jack",
  "Nora",
  "Eli",
  "Ruby",
  "Finn",
  "Maya",
  "Caleb",
  "Aria",
  "Theo",
  "Lena",
  "Hugo",
  "Ivy",
  "Omar",
  "Sara",
  "Ravi",
];
const LAST = [
  "Anderson",
  "Sanders",
  "Alexander",
  "Henderson",
  "Brown",
  "Garcia",
  "Miller",
  "Davis",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Thomas",
  "Moore",
  "Jackson",
  "Martin",
  "Thompson",
  "White",
  "Harris",
  "Clark",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Scott",
  "Torres",
  "Nguyen",
  "Hill",
  "Flores",
  "Green",
  "Adams",
  "Nelson",
  "Baker",
  "Hall",
  "Rivera",
  "Campbell",
  "Mitchell",
  "Carter",
  "Roberts",
  "Okafor",
  "Kowalski",
  "Schmidt",
  "Rossi",
  "Dubois",
  "Tanaka",
  "Silva",
];
const CITIES = ["Portland", "Austin", "Denver", "Boston", "Seattle", "Chicago", "Atlanta", "Phoenix", "Madison", "Raleigh"];
const NOTES = ["", "", "", "Any colour is fine", "We'd love two of these", "For our first home", ""];

const started = Date.now();
const phases: Record<string, number> = {};
let phaseStart = started;
/** Seconds since the previous phase, kept for the report (where the load time goes). */
const phase = (name: string) => {
  const now = Date.now();
  phases[name] = Number(((now - phaseStart) / 1000).toFixed(1));
  phaseStart = now;
  console.error(`  · ${name}: ${phases[name]} s`);
};
await seedDemoData();
const [occasions, stores, products, existingRegistries, existingItems] = await Promise.all([
  prisma.occasion.findMany({ select: { id: true, name: true } }),
  prisma.store.findMany({ select: { id: true } }),
  prisma.product.findMany({
    select: { id: true, sku: true, barcode: true, name: true, category: true, priceCents: true, colour: true, size: true, imageUrl: true },
  }),
  prisma.registry.count(),
  prisma.registryItem.count(),
]);

phase("demo data");

// Registrants: 200 accounts own the bench registries; the first EDITORS sign in during the
// "search while registrants edit" scenario (one password hash for all: hashing is slow on purpose).
const passwordHash = await hashPassword(BENCH_PASSWORD);
await prisma.user.createMany({
  data: Array.from({ length: 200 }, (_, i) => ({
    email: `bench${i}@example.com`,
    firstName: pick(FIRST),
    lastName: pick(LAST),
    passwordHash,
    role: "REGISTRANT" as const,
  })),
});
const owners = await prisma.user.findMany({
  where: { email: { startsWith: "bench" } },
  select: { id: true, email: true, firstName: true, lastName: true },
});

const day = 86_400_000;
const nRegistries = REGISTRIES - existingRegistries;
const registryRows = Array.from({ length: nRegistries }, (_, i) => {
  const owner = pick(owners);
  const co =
    rnd() < 0.8
      ? { coFirstName: pick(FIRST), coLastName: pick(LAST), coEmail: `co${i}@example.com` }
      : { coFirstName: "", coLastName: "", coEmail: "" };
  const role = i === 0 ? "big" : i === 1 ? "contention" : "other";
  const event = new Date(Date.now() + int(-60, 365) * day);
  const title =
    role === "big"
      ? "The Big Wedding (500 gifts)"
      : role === "contention"
        ? "Last-units race"
        : `${owner.firstName} & ${co.coFirstName || "friends"}'s ${pick(["Wedding", "Baby Shower", "Housewarming", "Birthday"])}`;
  return {
    slug: newSlug(),
    externalIdentifier: `BENCH-${i}`,
    title,
    searchTitle: searchText(title),
    occasionId: pick(occasions).id,
    storeId: pick(stores).id,
    eventDate: event,
    expiresAt: new Date(event.getTime() + 180 * day),
    message: role === "big" ? "Thank you for celebrating with us! Everything here is for our new home." : "",
    visibility:
      role !== "other"
        ? ("PUBLIC" as const)
        : pick(["PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "PUBLIC", "UNLISTED", "PRIVATE"] as const),
    active: role !== "other" || rnd() > 0.03,
    ownerId: owner.id,
    firstName: owner.firstName,
    lastName: owner.lastName,
    email: owner.email,
    ...co,
    addrStreet: `${int(1, 999)} Main Street`,
    addrCity: pick(CITIES),
    addrCountry: "USA",
    ...searchColumns({ firstName: owner.firstName, lastName: owner.lastName, email: owner.email, ...co }),
  };
});
const created: { id: number; externalIdentifier: string; slug: string }[] = [];
for (let i = 0; i < registryRows.length; i += BATCH)
  created.push(
    ...(await prisma.registry.createManyAndReturn({
      data: registryRows.slice(i, i + BATCH),
      select: { id: true, externalIdentifier: true, slug: true },
    })),
  );
created.sort((a, b) => Number(a.externalIdentifier.slice(6)) - Number(b.externalIdentifier.slice(6)));
const [big, contention, ...others] = created;
registryRows.length = 0;
phase(`registries (${created.length})`);

// Items: 500 on the big registry, one per race round (50 wanted each) on the contention registry, the rest spread.
const RACE_ROUNDS = 5;
type ItemRow = Prisma.RegistryItemCreateManyInput;
// Written batch by batch as they are made: a million rows held at once would cost ~1 GB of memory.
let itemRows: ItemRow[] = [];
let itemsWritten = 0;
const ITEM_COLUMNS = [
  "registryId",
  "productId",
  "sku",
  "barcode",
  "title",
  "colour",
  "size",
  "category",
  "priceCents",
  "requested",
  "purchased",
  "locked",
  "priority",
  "note",
  "imageUrl",
  "position",
] as const satisfies (keyof ItemRow)[];
async function flushItems(all = false) {
  while (itemRows.length >= ITEM_BATCH || (all && itemRows.length)) {
    const batch = itemRows.slice(0, ITEM_BATCH);
    itemRows = itemRows.slice(ITEM_BATCH);
    const now = new Date();
    // Same rows as createMany would write; the database's triggers stamp changeSeq as for any insert.
    await prisma.$executeRaw`INSERT INTO "RegistryItem" (${Prisma.raw(
      [...ITEM_COLUMNS, "createdAt", "updatedAt"].map((c) => `"${c}"`).join(", "),
    )}) VALUES ${Prisma.join(batch.map((r) => Prisma.sql`(${Prisma.join([...ITEM_COLUMNS.map((c) => r[c] ?? null), now, now])})`))}`;
    itemsWritten += batch.length;
  }
}
function item(registryId: number, position: number, opts: { requested?: number; plenty?: boolean } = {}) {
  const p = pick(products);
  const requested = opts.requested ?? int(1, 8);
  // Bought / locked only on ordinary registries; the big one keeps every gift available.
  const purchased = opts.requested || registryId === big.id ? 0 : rnd() < 0.3 ? int(0, requested) : 0;
  const locked = opts.requested || registryId === big.id ? 0 : rnd() < 0.15 ? int(0, requested - purchased) : 0;
  itemRows.push({
    registryId,
    productId: p.id,
    sku: p.sku,
    barcode: p.barcode,
    title: opts.plenty ? `${p.name} (fund share ${position + 1})` : p.name,
    colour: p.colour,
    size: p.size,
    category: p.category,
    priceCents: p.priceCents,
    requested,
    purchased,
    locked,
    priority: rnd() < 0.1 ? 2 : rnd() < 0.2 ? 1 : 0,
    note: pick(NOTES),
    imageUrl: p.imageUrl,
    position,
  });
}
for (let i = 0; i < BIG_ITEMS; i++) item(big.id, i, i < FUND_ITEMS ? { requested: 100_000, plenty: true } : {});
for (let r = 0; r < RACE_ROUNDS; r++) item(contention.id, r, { requested: 50 });
const rest = ITEMS - existingItems - BIG_ITEMS - RACE_ROUNDS;
for (let i = 0; i < rest; i++) {
  item(others[i % others.length].id, Math.floor(i / others.length));
  if (itemRows.length >= ITEM_BATCH) await flushItems();
}
await flushItems(true);
phase(`items (${itemsWritten})`);

// Orders: one PLACED order per item with locked units (their lines hold exactly those units).
const lockedItems = await prisma.registryItem.findMany({
  where: { locked: { gt: 0 }, registry: { externalIdentifier: { startsWith: "BENCH-" } } },
  select: { id: true, registryId: true, title: true, priceCents: true, locked: true },
});
let orders = 0;
for (let i = 0; i < lockedItems.length; i += BATCH) {
  const chunk = lockedItems.slice(i, i + BATCH);
  const made = await prisma.order.createManyAndReturn({
    data: chunk.map((it, k) => ({
      registryId: it.registryId,
      buyerName: `${pick(FIRST)} ${pick(LAST)}`,
      buyerEmail: `guest${i + k}@example.com`,
      totalCents: it.locked * it.priceCents,
      giftMessage: "Congratulations!",
    })),
    select: { id: true },
  });
  await prisma.orderLine.createMany({
    data: chunk.map((it, k) => ({ orderId: made[k].id, itemId: it.id, title: it.title, quantity: it.locked, unitCents: it.priceCents })),
  });
  orders += made.length;
}
phase(`orders (${orders})`);

// The registries the editors change during "search while registrants edit", as their edit form holds them.
const editorUsers = owners
  .filter((o) => /^bench[0-9]+@/.test(o.email))
  .sort((a, b) => a.id - b.id)
  .slice(0, EDITORS);
const editors = await Promise.all(
  editorUsers.map(async (u) => ({
    email: u.email,
    registries: (
      await prisma.registry.findMany({
        where: { ownerId: u.id, active: true, visibility: "PUBLIC", id: { notIn: [big.id, contention.id] } },
        orderBy: { id: "asc" },
        take: EDITED_PER_EDITOR,
      })
    ).map((r) => ({ registryId: r.id, ...registryFormValues(r) })),
  })),
);

const [raceItems, fundItems, registries, items] = await Promise.all([
  prisma.registryItem.findMany({ where: { registryId: contention.id }, select: { id: true }, orderBy: { position: "asc" } }),
  prisma.registryItem.findMany({ where: { registryId: big.id, requested: 100_000 }, select: { id: true } }),
  prisma.registry.count(),
  prisma.registryItem.count(),
]);
const publicSlugs = (
  await prisma.registry.findMany({
    where: { active: true, visibility: "PUBLIC", externalIdentifier: { startsWith: "BENCH-" } },
    select: { slug: true },
    take: 200,
    orderBy: { id: "asc" },
  })
).map((r) => r.slug);
const loadSeconds = Number(((Date.now() - started) / 1000).toFixed(1));
console.error(`• Data set (scale ${scale}): ${registries} registries, ${items} items, ${orders} bench orders (${loadSeconds} s)`);
console.log(
  JSON.stringify({
    scale,
    loadSeconds,
    phases,
    registries,
    items,
    orders,
    big: { id: big.id, slug: big.slug },
    contention: { id: contention.id, slug: contention.slug, itemIds: raceItems.map((i) => i.id) },
    fundItemIds: fundItems.map((f) => f.id),
    publicSlugs,
    editors,
    editorPassword: BENCH_PASSWORD,
    occasionIds: occasions.map((o) => o.id),
  }),
);
await prisma.$disconnect();
