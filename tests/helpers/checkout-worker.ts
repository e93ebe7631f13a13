// A separate process placing single-unit orders concurrently: prints "ok refused" counts.
import { placeOrder, ShortLinesError } from "../../lib/data/orders";
import { prisma } from "../../lib/db";

const [registryId, itemId, attempts] = process.argv.slice(2).map(Number);
let ok = 0;
let refused = 0;
await Promise.all(
  Array.from({ length: attempts }, async (_, i) => {
    try {
      await placeOrder(
        registryId,
        { buyerName: `Buyer ${process.pid}-${i}`, buyerEmail: "buyer@example.com", giftMessage: "", shipToRegistrant: true },
        [{ itemId, quantity: 1 }],
      );
      ok++;
    } catch (e) {
      if (e instanceof ShortLinesError) refused++;
      else throw e;
    }
  }),
);
console.log(`${ok} ${refused}`);
await prisma.$disconnect();
