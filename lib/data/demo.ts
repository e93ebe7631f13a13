import "server-only";
// The demo data of CONTRACT.md §3. Idempotent: running it again changes nothing.
import { prisma } from "../db";
import { hashPassword } from "../password";
import { sha256 } from "../api-keys";
import { newSlug, searchColumns, searchText } from "./registries";
import { itemFromProduct } from "./registry-items";
import { ensureDemoCover } from "./demo-cover";

export const DEMO_PASSWORD = "demo-password";
export const SOAP_GRANTS = ["Authenticate", "Search", "GetRegistry", "GetRegistries", "RecordSales", "RecordRefunds"];
/** Occasions and the catalog categories a registry for each opens on (as in the occasion_catalog_categories migration). */
const OCCASIONS: [name: string, catalogCategories: string][] = [
  ["Wedding", "Kitchen,Dining,Bedding,Bath,Home,Outdoor,Travel"],
  ["Baby", "Baby"],
  ["Birthday", "Electronics,Books,Games,Travel"],
  ["Anniversary", "Dining,Travel,Home,Outdoor"],
  ["Housewarming", "Home,Kitchen,Dining,Outdoor"],
  ["Graduation", "Electronics,Books,Travel"],
  ["Holiday", "Home,Games,Books,Kitchen"],
  ["Other", ""],
];
const STORES = ["Online", "Downtown Flagship", "Riverside Mall"];

type P = [sku: string, name: string, category: string, cents: number, colour?: string, size?: string];
const PRODUCTS: P[] = [
  ["KIT-STAND-MIXER", "Stand Mixer 5qt", "Kitchen", 34999, "Pistachio"],
  ["KIT-DUTCH-OVEN", "Cast Iron Dutch Oven", "Kitchen", 21995, "Flame", "5.5 qt"],
  ["KIT-KNIFE-SET", "Chef's Knife Set (7 pc)", "Kitchen", 18900],
  ["KIT-COFFEE", "Pour-over Coffee Maker", "Kitchen", 4500, "Clear", "8 cup"],
  ["KIT-BLENDER", "High-speed Blender", "Kitchen", 12999, "Black"],
  ["DIN-PLATES", "Stoneware Dinner Plate", "Dining", 1800, "Sand"],
  ["DIN-GLASSES", "Crystal Wine Glass", "Dining", 2400],
  ["DIN-FLATWARE", "Flatware Place Setting (5 pc)", "Dining", 4900, "Brushed steel"],
  ["DIN-NAPKINS", "Linen Napkins (set of 4)", "Dining", 3200, "Oat"],
  ["BED-SHEETS", "Percale Sheet Set", "Bedding", 15900, "White", "Queen"],
  ["BED-DUVET", "Down-alternative Duvet", "Bedding", 18900, "White", "Queen"],
  ["BED-TOWELS", "Bath Towel", "Bath", 2900, "Sage"],
  ["HOME-VACUUM", "Cordless Vacuum", "Home", 39999],
  ["HOME-CANDLES", "Beeswax Candle Set", "Home", 3800],
  ["OUT-PICNIC", "Picnic Basket for Two", "Outdoor", 8900],
  ["OUT-HAMMOCK", "Garden Hammock", "Outdoor", 11900, "Navy"],
  ["TRV-LUGGAGE", "Carry-on Suitcase", "Travel", 27500, "Graphite"],
  ["BABY-STROLLER", "Lightweight Stroller", "Baby", 29900, "Charcoal"],
  ["BABY-CRIB", "Convertible Crib", "Baby", 38900, "Natural"],
  ["BABY-MONITOR", "Video Baby Monitor", "Baby", 16999],
  ["BABY-ONESIES", "Organic Onesies (5 pack)", "Baby", 3499, "Mixed", "0-3 m"],
  ["BABY-BLANKET", "Muslin Swaddle Blanket", "Baby", 2499, "Stars"],
  ["BABY-CARSEAT", "Infant Car Seat", "Baby", 24900],
  ["BDAY-HEADPHONES", "Wireless Headphones", "Electronics", 19900, "Black"],
  ["BDAY-BOOKS", "Hardcover Book Bundle", "Books", 6000],
  ["BDAY-BOARDGAME", "Strategy Board Game", "Games", 5499],
];

/** Each demo product has its own picture (public/products/<sku>.svg). */
const image = (sku: string) => `/products/${sku.toLowerCase()}.svg`;

async function upsertUser(email: string, firstName: string, lastName: string, role: "ADMIN" | "REGISTRANT", passwordHash: string) {
  return prisma.user.upsert({
    where: { email },
    update: {},
    create: { email, firstName, lastName, role, passwordHash, emailVerifiedAt: new Date() },
  });
}

function daysFromNow(days: number) {
  const d = new Date();
  d.setUTCHours(16, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

type ItemSpec = { sku: string; requested: number; purchased?: number; locked?: number; offline?: number; priority?: number; note?: string };

async function ensureRegistry(spec: {
  externalIdentifier: string;
  title: string;
  occasion: string;
  ownerId: number;
  firstName: string;
  lastName: string;
  email: string;
  co?: { firstName: string; lastName: string; email: string };
  eventInDays: number;
  city: string;
  state: string;
  message: string;
  items: ItemSpec[];
}) {
  const existing = await prisma.registry.findFirst({ where: { externalIdentifier: spec.externalIdentifier } });
  if (existing) return existing;
  const occasion = await prisma.occasion.findUniqueOrThrow({ where: { name: spec.occasion } });
  const store = await prisma.store.findUniqueOrThrow({ where: { name: "Online" } });
  const products = await prisma.product.findMany({ where: { sku: { in: spec.items.map((i) => i.sku) } } });
  const bySku = new Map(products.map((p) => [p.sku, p]));
  const co = spec.co ?? { firstName: "", lastName: "", email: "" };
  return prisma.$transaction(async (tx) => {
    const registry = await tx.registry.create({
      data: {
        slug: newSlug(),
        externalIdentifier: spec.externalIdentifier,
        title: spec.title,
        searchTitle: searchText(spec.title),
        occasionId: occasion.id,
        storeId: store.id,
        eventDate: daysFromNow(spec.eventInDays),
        deliveryDate: daysFromNow(spec.eventInDays - 14),
        expiresAt: daysFromNow(spec.eventInDays + 180),
        message: spec.message,
        invitationInserts: 120,
        exchangeCards: true,
        ownerId: spec.ownerId,
        firstName: spec.firstName,
        lastName: spec.lastName,
        email: spec.email,
        phone: "+1 555 0100",
        coFirstName: co.firstName,
        coLastName: co.lastName,
        coEmail: co.email.toLowerCase(),
        addrStreet: "42 Orchard Lane",
        addrCity: spec.city,
        addrState: spec.state,
        addrPostcode: "97201",
        addrCountry: "USA",
        addrPhone: "+1 555 0100",
        ...searchColumns({ ...spec, coFirstName: co.firstName, coLastName: co.lastName, coEmail: co.email }),
        attributes: { create: [{ name: "Theme", value: spec.occasion === "Wedding" ? "Garden" : "Cozy" }] },
      },
    });
    let position = 0;
    for (const it of spec.items) {
      const p = bySku.get(it.sku)!;
      const item = await tx.registryItem.create({
        data: {
          registryId: registry.id,
          ...itemFromProduct(p),
          requested: it.requested,
          purchased: it.purchased ?? 0,
          locked: it.locked ?? 0,
          purchasedOffline: it.offline ?? 0,
          priority: it.priority ?? 0,
          note: it.note ?? "",
          position: position++,
        },
      });
      const storeSold = (it.purchased ?? 0) - (it.offline ?? 0);
      if (storeSold > 0)
        await tx.saleRecord.create({
          data: {
            registryId: registry.id,
            itemId: item.id,
            kind: "SALE",
            source: "API",
            quantity: storeSold,
            unitNetCents: p.priceCents,
            reference: `DEMO-${item.id}`,
            comment: "Demo store sale",
            buyerName: "Store customer",
          },
        });
      if (it.offline)
        await tx.saleRecord.create({
          data: {
            registryId: registry.id,
            itemId: item.id,
            kind: "SALE",
            source: "OFFLINE",
            boughtElsewhere: true,
            quantity: it.offline,
            unitNetCents: p.priceCents,
            reference: `DEMO-OFF-${item.id}`,
            comment: "Bought elsewhere",
            buyerName: "Aunt Rosa",
            buyerEmail: "rosa@example.com",
          },
        });
      if (it.locked)
        await tx.order.create({
          data: {
            registryId: registry.id,
            buyerName: "Chris Morgan",
            buyerEmail: "chris@example.com",
            giftMessage: "Congratulations!",
            totalCents: it.locked * p.priceCents,
            lines: { create: [{ itemId: item.id, title: p.name, quantity: it.locked, unitCents: p.priceCents }] },
          },
        });
    }
    return registry;
  });
}

export async function seedDemoData() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const [i, [name, catalogCategories]] of OCCASIONS.entries())
    await prisma.occasion.upsert({ where: { name }, update: {}, create: { name, position: i, catalogCategories } });
  for (const name of STORES) await prisma.store.upsert({ where: { name }, update: {}, create: { name } });
  for (const [i, [sku, name, category, priceCents, colour = "", size = ""]] of PRODUCTS.entries())
    await prisma.product.upsert({
      where: { sku },
      update: {},
      create: { sku, name, category, priceCents, colour, size, barcode: String(9780000000000 + i * 7919), imageUrl: image(sku) },
    });

  await upsertUser("admin@example.com", "Avery", "Admin", "ADMIN", passwordHash);
  const alex = await upsertUser("alex@example.com", "Alex", "Rivera", "REGISTRANT", passwordHash);
  const jordan = await upsertUser("jordan@example.com", "Jordan", "Lee", "REGISTRANT", passwordHash);
  const priya = await upsertUser("priya@example.com", "Priya", "Patel", "REGISTRANT", passwordHash);

  const wedding = await ensureRegistry({
    externalIdentifier: "DEMO-WEDDING-ALEX-SAM",
    title: "Alex & Sam's Wedding",
    occasion: "Wedding",
    ownerId: alex.id,
    firstName: "Alex",
    lastName: "Rivera",
    email: alex.email,
    co: { firstName: "Sam", lastName: "Taylor", email: "sam@example.com" },
    eventInDays: 120,
    city: "Portland",
    state: "OR",
    message: "We're so happy to celebrate with you. Your presence is the best gift — these are a few things for our first home together.",
    items: [
      { sku: "KIT-STAND-MIXER", requested: 1, priority: 2, note: "Our number one wish!" },
      { sku: "KIT-DUTCH-OVEN", requested: 1, purchased: 1 },
      { sku: "KIT-KNIFE-SET", requested: 1, priority: 1 },
      { sku: "KIT-COFFEE", requested: 2, purchased: 1 },
      { sku: "DIN-PLATES", requested: 12, purchased: 4, locked: 2, note: "Any number helps" },
      { sku: "DIN-GLASSES", requested: 8, purchased: 2, offline: 2 },
      { sku: "DIN-FLATWARE", requested: 8 },
      { sku: "DIN-NAPKINS", requested: 3 },
      { sku: "BED-SHEETS", requested: 2, priority: 1 },
      { sku: "BED-TOWELS", requested: 6, purchased: 3 },
      { sku: "HOME-VACUUM", requested: 1 },
      { sku: "HOME-CANDLES", requested: 4 },
      { sku: "OUT-PICNIC", requested: 1 },
      { sku: "TRV-LUGGAGE", requested: 2, priority: 2, note: "For the honeymoon" },
    ],
  });
  await ensureDemoCover(wedding);
  await ensureRegistry({
    externalIdentifier: "DEMO-BABY-JORDAN",
    title: "Baby Lee is on the way",
    occasion: "Baby",
    ownerId: jordan.id,
    firstName: "Jordan",
    lastName: "Lee",
    email: jordan.email,
    co: { firstName: "Casey", lastName: "Lee", email: "casey@example.com" },
    eventInDays: 60,
    city: "Seattle",
    state: "WA",
    message: "Thank you for helping us get ready for our little one.",
    items: [
      { sku: "BABY-STROLLER", requested: 1, priority: 2 },
      { sku: "BABY-CRIB", requested: 1, purchased: 1 },
      { sku: "BABY-MONITOR", requested: 1 },
      { sku: "BABY-ONESIES", requested: 4, purchased: 1 },
      { sku: "BABY-BLANKET", requested: 6 },
      { sku: "BABY-CARSEAT", requested: 1, priority: 1 },
    ],
  });
  await ensureRegistry({
    externalIdentifier: "DEMO-BIRTHDAY-PRIYA",
    title: "Priya's 30th Birthday",
    occasion: "Birthday",
    ownerId: priya.id,
    firstName: "Priya",
    lastName: "Patel",
    email: priya.email,
    eventInDays: 30,
    city: "Austin",
    state: "TX",
    message: "No gifts needed — but if you insist, here are a few ideas!",
    items: [
      { sku: "BDAY-HEADPHONES", requested: 1 },
      { sku: "BDAY-BOOKS", requested: 2 },
      { sku: "BDAY-BOARDGAME", requested: 1, purchased: 1 },
    ],
  });

  await prisma.apiUser.upsert({
    where: { username: "integration" },
    update: {},
    create: { username: "integration", passwordHash, grants: SOAP_GRANTS.join(",") },
  });
  await prisma.apiCredential.upsert({
    where: { tokenHash: sha256("demo-token") },
    update: {},
    create: {
      label: "Demo store system",
      tokenHash: sha256("demo-token"),
      privateKeyHash: sha256("demo-private-key"),
      keyPrefix: "demo-pri",
    },
  });
}

export async function isDatabaseEmpty() {
  return (await prisma.user.count()) === 0;
}
