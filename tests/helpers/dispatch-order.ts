// Staff dispatch through the real data function (used by browser tests before the admin screens exist).
import { dispatchOrder } from "../../lib/data/orders";
import { prisma } from "../../lib/db";

await dispatchOrder(Number(process.argv[2]), null);
await prisma.$disconnect();
