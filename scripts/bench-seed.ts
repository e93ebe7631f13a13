// npm run bench, step "data set": the demo data (API credentials, SOAP user, catalog) plus a
// realistic load — 2,000 registries, one with 500 items, 100,000 items in all, orders spread over
// them — written with createMany in batches. Run with `tsx --conditions=react-server` (lib/data is
// server-only). Prints one JSON line describing what the scenarios need.
import { seedDemoData } from "../lib/data/demo";
import { newSlug, searchColumns, searchText } from "../lib/data/registries";
import { prisma } from "../lib/db";
import type { Prisma } from "../lib/generated/prisma/client";

const REGISTRIES = 2_000;
const ITEMS = 100_000;
const BIG_ITEMS = 500;
const FUND_ITEMS = 50; // items of the big registry with stock enough for the mixed run's checkouts
const BATCH = 2_000;

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

// Registrants: 200 accounts own the bench registries (they never sign in).
await prisma.user.createMany({
  data: Array.from({ length: 200 }, (_, i) => ({
    email: `bench${i}@example.com`,
    firstName: pick(FIRST),
    lastName: pick(LAST),
    passwordHash: "!bench-no-login",
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

// Items: 500 on the big registry, one per race round (50 wanted each) on the contention registry, the rest spread.
const RACE_ROUNDS = 5;
type ItemRow = Prisma.RegistryItemCreateManyInput;
const itemRows: ItemRow[] = [];
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
for (let i = 0; i < rest; i++) item(others[i % others.length].id, Math.floor(i / others.length));
for (let i = 0; i < itemRows.length; i += BATCH) await prisma.registryItem.createMany({ data: itemRows.slice(i, i + BATCH) });

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
console.error(
  `• Data set: ${registries} registries, ${items} items, ${orders} bench orders (${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
console.log(
  JSON.stringify({
    registries,
    items,
    orders,
    big: { id: big.id, slug: big.slug },
    contention: { id: contention.id, slug: contention.slug, itemIds: raceItems.map((i) => i.id) },
    fundItemIds: fundItems.map((f) => f.id),
    publicSlugs,
  }),
);
await prisma.$disconnect();
