import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/format";
import { Badge, Table, td } from "./table";

/** A moment as the reader writes it (UTC, the request's time zone). */
function useWhen() {
  const format = useFormatter();
  return (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : "—");
}

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
  const t = useTranslations("admin.sections");
  const locale = useLocale();
  return (
    <Table
      caption={t("items")}
      head={[
        t("colItem"),
        t("colSku"),
        t("colPrice"),
        t("colRequested"),
        t("colPurchased"),
        t("colLocked"),
        t("colOffline"),
        t("colNeeded"),
      ]}
    >
      {items.map((i) => (
        <tr key={i.id} data-testid={`item-${i.id}`}>
          <td className={td}>{i.title}</td>
          <td className={td}>{i.sku || "—"}</td>
          <td className={td}>{formatMoney(i.priceCents, currency, locale)}</td>
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
  const t = useTranslations("admin.sections");
  const status = useTranslations("admin.status");
  const locale = useLocale();
  const when = useWhen();
  return (
    <Table caption={t("orders")} head={[t("colOrder"), t("colPlaced"), t("colBuyer"), t("colLines"), t("colTotal"), t("colStatus")]}>
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
          <td className={td}>{formatMoney(o.totalCents, o.currency, locale)}</td>
          <td className={td}>
            <Badge tone={tone[o.status as keyof typeof tone] ?? "gray"}>
              {status.has(o.status) ? status(o.status) : o.status.toLowerCase()}
            </Badge>
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
  const t = useTranslations("admin.sections");
  const status = useTranslations("admin.status");
  const source = useTranslations("adminSales");
  const locale = useLocale();
  const when = useWhen();
  return (
    <Table
      caption={t("sales")}
      head={[
        t("colWhen"),
        t("colKind"),
        t("colItem"),
        t("colQty"),
        t("colUnitNet"),
        t("colReference"),
        t("colWho"),
        t("colSource"),
        t("colComment"),
      ]}
    >
      {sales.map((s) => (
        <tr key={s.id}>
          <td className={`${td} whitespace-nowrap`}>{when(s.createdAt)}</td>
          <td className={td}>
            <Badge tone={s.kind === "SALE" ? "green" : "red"}>{status.has(s.kind) ? status(s.kind) : s.kind.toLowerCase()}</Badge>
          </td>
          <td className={td}>{s.item.title}</td>
          <td className={td}>{s.quantity}</td>
          <td className={td}>{formatMoney(s.unitNetCents, currency, locale)}</td>
          <td className={`${td} break-all`}>{s.reference ?? t("noReference")}</td>
          <td className={td}>
            {s.actorUser?.email ?? (s.actorApiUser ? t("api", { name: s.actorApiUser.username }) : s.buyerName || t("guest"))}
          </td>
          <td className={td}>{source("source", { source: s.source })}</td>
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
          <Link href={action.href} className="ms-3 text-sm font-normal text-brand-700 underline">
            {action.label}
          </Link>
        ) : null}
      </h2>
      {children}
    </section>
  );
}
