// Places multi-line orders as fast as it can until killed: used to kill a "server" mid-burst.
import { placeOrder } from "../../lib/data/orders";

const [registryId, ...itemIds] = process.argv.slice(2).map(Number);
for (let n = 0; ; n++) {
  const lines = itemIds.filter((_, i) => (n + i) % 2 === 0 || i === 0).map((itemId, i) => ({ itemId, quantity: 1 + ((n + i) % 3) }));
  await Promise.all(
    [0, 1, 2].map(() =>
      placeOrder(registryId, { buyerName: "Storm", buyerEmail: "storm@example.com", giftMessage: "", shipToRegistrant: true }, lines).catch(
        () => null,
      ),
    ),
  );
}
