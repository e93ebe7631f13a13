import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findOrder } from "@/lib/data/orders";
import { verify } from "@/lib/guest-access";
import { formatMoney } from "@/lib/format";
import { parseId } from "@/lib/validations/id";
import { guestAddressLine } from "@/lib/countries";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<{ sig?: string }> };

export default async function ThanksPage({ params, searchParams }: Props) {
  const [{ slug, orderId }, { sig }] = await Promise.all([params, searchParams]);
  const id = parseId(orderId);
  // The receipt link is signed: order numbers alone don't reveal other guests' orders.
  if (!id || !verify("order", id, sig)) notFound();
  const order = await findOrder(id);
  if (!order) notFound();
  if (order.registry.slug !== slug) {
    await redirectFormerSlug(slug, `/thanks/${order.id}`, { sig });
    notFound();
  }
  return (
    <section className="mx-auto max-w-2xl space-y-6 rounded-xl border border-gray-200 bg-white p-6 sm:p-8">
      <h1 className="font-serif text-3xl font-bold">Thank you, {order.buyerName}!</h1>
      <p className="text-lg">
        Your order <strong>#{order.id}</strong> for <strong>{order.registry.title}</strong> is placed. The gifts are reserved for you.
      </p>
      <ul className="divide-y divide-gray-200">
        {order.lines.map((l) => (
          <li key={l.id} className="flex justify-between py-2">
            <span>
              {l.quantity} × {l.title}
            </span>
            <span>{formatMoney(l.quantity * l.unitCents, order.currency)}</span>
          </li>
        ))}
      </ul>
      <p className="text-right text-lg font-semibold">Total {formatMoney(order.totalCents, order.currency)}</p>
      {order.giftMessage ? <p className="italic">Your message: “{order.giftMessage}”</p> : null}
      <p>
        <span className="font-semibold">Delivery: </span>
        {guestAddressLine(order) ?? "to the registrant’s address"}
      </p>
      <p className="text-sm text-muted">A confirmation goes to {order.buyerEmail}. Keep this page’s link as your receipt.</p>
      <Link href={`/r/${slug}`} className="inline-block font-semibold text-brand-700 underline">
        Back to the registry
      </Link>
    </section>
  );
}
