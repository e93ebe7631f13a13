import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findOrder } from "@/lib/data/orders";
import { verify } from "@/lib/guest-access";
import { formatMoney } from "@/lib/format";
import { parseId } from "@/lib/validations/id";
import { guestAddressLine } from "@/lib/countries";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("thanks"))("title"), robots: { index: false } };
}

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
  const [t, locale] = await Promise.all([getTranslations("thanks"), getLocale()]);
  const money = (minor: number) => formatMoney(minor, order.currency, locale);
  return (
    <section className="mx-auto max-w-2xl space-y-6 rounded-xl border border-gray-200 bg-white p-6 sm:p-8">
      <h1 className="font-serif text-3xl font-bold">{t("heading", { name: order.buyerName })}</h1>
      <p className="text-lg">
        {t.rich("placed", {
          order: order.id,
          title: order.registry.title,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ul className="divide-y divide-gray-200">
        {order.lines.map((l) => (
          <li key={l.id} className="flex justify-between py-2">
            <span>
              {l.quantity} × {l.title}
            </span>
            <span>{money(l.quantity * l.unitCents)}</span>
          </li>
        ))}
      </ul>
      <p className="text-end text-lg font-semibold">{t("total", { total: money(order.totalCents) })}</p>
      {order.giftMessage ? <p className="italic">{t("yourMessage", { message: order.giftMessage })}</p> : null}
      <p>
        <span className="font-semibold">{t("delivery")} </span>
        {guestAddressLine(order) ?? t("toRegistrant")}
      </p>
      <p className="text-sm text-muted">{t("confirmationTo", { email: order.buyerEmail })}</p>
      <Link href={`/r/${slug}`} className="inline-block font-semibold text-brand-700 underline">
        {t("backToRegistry")}
      </Link>
    </section>
  );
}
