import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findPledge } from "@/lib/data/funds";
import { paymentProvider } from "@/lib/payments/provider";
import { verify } from "@/lib/guest-access";
import { formatMoney } from "@/lib/format";
import { parseId } from "@/lib/validations/id";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ sig?: string }> };

/** The pledge's confirmation: the only page that shows how to pay the couple (signed link, like an order's receipt). */
export default async function PledgedPage({ params, searchParams }: Props) {
  const [{ slug, id: raw }, { sig }] = await Promise.all([params, searchParams]);
  const id = parseId(raw);
  if (!id || !verify("pledge", id, sig)) notFound();
  const pledge = await findPledge(id);
  if (!pledge?.fund) notFound();
  if (pledge.registry.slug !== slug) {
    await redirectFormerSlug(slug, `/pledged/${pledge.id}`, { sig });
    notFound();
  }
  const pay = paymentProvider().instructions(pledge.fund);
  const amount = formatMoney(pledge.amountCents, pledge.currency);
  return (
    <section className="mx-auto max-w-2xl space-y-5 rounded-xl border border-gray-200 bg-white p-4 sm:p-8">
      <h1 className="font-serif text-3xl font-bold">Thank you, {pledge.name}!</h1>
      <p className="text-lg">
        You pledged <strong>{amount}</strong> to <strong>{pledge.fund.title}</strong> on {pledge.registry.title}.
      </p>
      {pledge.status === "RELEASED" ? (
        <p className="rounded bg-gray-100 px-3 py-2">The couple released this pledge: you don’t need to pay it.</p>
      ) : pledge.status === "REFUNDED" ? (
        <p className="rounded bg-gray-100 px-3 py-2">This contribution was refunded.</p>
      ) : (
        <div className="space-y-3 rounded-lg border border-brand-200 bg-brand-50 p-4" aria-labelledby="pay-heading">
          <h2 id="pay-heading" className="text-lg font-semibold">
            How to send your gift
          </h2>
          <p>The couple receives the money directly — we take no payment.</p>
          {pay.link ? (
            <p>
              <a
                href={pay.link}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="font-semibold break-all text-brand-700 underline"
              >
                Pay {amount} online<span className="sr-only"> (opens in a new tab)</span>
              </a>
              <span className="block break-all text-sm text-muted">{pay.link}</span>
            </p>
          ) : null}
          {pay.transfer ? (
            <div>
              <p className="font-semibold">Bank transfer</p>
              <p className="break-words whitespace-pre-line font-mono text-sm">{pay.transfer}</p>
            </div>
          ) : null}
        </div>
      )}
      {pledge.message ? <p className="italic">Your message: “{pledge.message}”</p> : null}
      {pledge.anonymous ? <p className="text-sm text-muted">Other guests won’t see your name.</p> : null}
      <p className="text-sm text-muted">These details went to {pledge.email} too. Keep this page’s link as your receipt.</p>
      <Link href={`/r/${slug}`} className="inline-block font-semibold text-brand-700 underline">
        Back to the registry
      </Link>
    </section>
  );
}
