import Link from "next/link";
import { formatMoney } from "@/lib/format";
import { Badge, Table, td } from "./table";

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "—");

type Item = {
  id: number;
  title: string;
  sku: string;
  priceCents: number;
  requested: number;
  purchased: number;
  locked: number;
  purchasedOffline: number;
};
export function ItemsTable({ items, currency }: { items: Item[]; currency: string }) {
  return (
    <Table caption="Items" head={["Item", "SKU", "Price", "Requested", "Purchased", "Locked", "Of which offline", "Still needed"]}>
      {items.map((i) => (
        <tr key={i.id} data-testid={`item-${i.id}`}>
          <td className={td}>{i.title}</td>
          <td className={td}>{i.sku || "—"}</td>
          <td className={td}>{formatMoney(i.priceCents, currency)}</td>
          <td className={td}>{i.requested}</td>
          <td className={td}>{i.purchased}</td>
          <td className={td}>{i.locked}</td>
          <td className={td}>{i.purchasedOffline}</td>
          <td className={td}>{Math.max(0, i.requested - i.purchased - i.locked)}</td>
        </tr>
      ))}
    </Table>
  );
}

type Order = {
  id: number;
  buyerName: string;
  buyerEmail: string;
  status: string;
  totalCents: number;
  currency: string;
  createdAt: Date;
  lines: { id: number; title: string; quantity: number }[];
};
export function OrdersTable({ orders }: { orders: Order[] }) {
  const tone = { PLACED: "amber", DISPATCHED: "green", CANCELLED: "gray" } as const;
  return (
    <Table caption="Orders" head={["Order", "Placed", "Buyer", "Lines", "Total", "Status"]}>
      {orders.map((o) => (
        <tr key={o.id}>
          <td className={td}>#{o.id}</td>
          <td className={`${td} whitespace-nowrap`}>{when(o.createdAt)}</td>
          <td className={td}>
            {o.buyerName}
            <br />
            <span className="text-muted">{o.buyerEmail}</span>
          </td>
          <td className={td}>{o.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}</td>
          <td className={td}>{formatMoney(o.totalCents, o.currency)}</td>
          <td className={td}>
            <Badge tone={tone[o.status as keyof typeof tone] ?? "gray"}>{o.status.toLowerCase()}</Badge>
          </td>
        </tr>
      ))}
    </Table>
  );
}

type Sale = {
  id: number;
  kind: string;
  source: string;
  quantity: number;
  unitNetCents: number;
  reference: string | null;
  comment: string;
  createdAt: Date;
  buyerName: string;
  item: { title: string };
  actorUser: { email: string } | null;
  actorApiUser: { username: string } | null;
};
export function SalesTable({ sales, currency }: { sales: Sale[]; currency: string }) {
  return (
    <Table caption="Sales and refunds" head={["When", "Kind", "Item", "Qty", "Unit net", "Reference", "Who", "Source", "Comment"]}>
      {sales.map((s) => (
        <tr key={s.id}>
          <td className={`${td} whitespace-nowrap`}>{when(s.createdAt)}</td>
          <td className={td}>
            <Badge tone={s.kind === "SALE" ? "green" : "red"}>{s.kind.toLowerCase()}</Badge>
          </td>
          <td className={td}>{s.item.title}</td>
          <td className={td}>{s.quantity}</td>
          <td className={td}>{formatMoney(s.unitNetCents, currency)}</td>
          <td className={`${td} break-all`}>{s.reference ?? "(none)"}</td>
          <td className={td}>{s.actorUser?.email ?? (s.actorApiUser ? `API: ${s.actorApiUser.username}` : s.buyerName || "guest")}</td>
          <td className={td}>{s.source.toLowerCase()}</td>
          <td className={td}>{s.comment}</td>
        </tr>
      ))}
    </Table>
  );
}

export function Section({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: { href: string; label: string };
}) {
  const id = `sec-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl font-semibold">
        {title}
        {action ? (
          <Link href={action.href} className="ml-3 text-sm font-normal text-brand-700 underline">
            {action.label}
          </Link>
        ) : null}
      </h2>
      {children}
    </section>
  );
}
