// npm run db:seed — the demo data of CONTRACT.md §3 (idempotent).
import { seedDemoData } from "../lib/data/demo";
import { prisma } from "../lib/db";

const started = Date.now();
await seedDemoData();
const [users, registries, items] = await Promise.all([prisma.user.count(), prisma.registry.count(), prisma.registryItem.count()]);
console.log(`Demo data ready: ${users} users, ${registries} registries, ${items} items (${Date.now() - started} ms)`);
await prisma.$disconnect();
