// A separate process of buyers: `attempts` orders of one unit each at once, through placeOrder; prints how many were placed.
import { placeOrder, ShortLinesError } from "../../lib/data/orders";
import { prisma } from "../../lib/db";

const [registryId, itemId, attempts] = process.argv.slice(2).map(Number);
const buyer = { buyerName: `Worker ${process.pid}`, buyerEmail: "worker@example.com", giftMessage: "", shipToRegistrant: true };
const results = await Promise.allSettled(
  Array.from({ length: attempts }, () => placeOrder(registryId, buyer, [{ itemId, quantity: 1 }], "http://shop.test")),
);
const unexpected = results.filter((r) => r.status === "rejected" && !(r.reason instanceof ShortLinesError));
if (unexpected.length) console.error(unexpected);
console.log(results.filter((r) => r.status === "fulfilled").length);
await prisma.$disconnect();
