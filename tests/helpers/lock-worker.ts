// A separate process hammering lockUnits: prints how many of its attempts succeeded.
import { lockUnits } from "../../lib/data/items";
import { prisma } from "../../lib/db";

const [itemId, attempts] = process.argv.slice(2).map(Number);
const results = await Promise.all(Array.from({ length: attempts }, () => lockUnits(itemId, 1)));
console.log(results.filter(Boolean).length);
await prisma.$disconnect();
