import { isDatabaseEmpty } from "../lib/data/demo";
import { prisma } from "../lib/db";

console.log((await isDatabaseEmpty()) ? "empty" : "has-data");
await prisma.$disconnect();
