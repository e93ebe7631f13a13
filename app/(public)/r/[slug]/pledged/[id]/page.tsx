import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findPledge } from "@/lib/data/funds";
import { paymentProvider } from "@/lib/payments/provider";
import { verify } from "@/lib/guest-access";
import { formatMoney } from "@/lib/format";
import { parseId } from "@/lib/validations/id";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pledge"))("thanksTitle"), robots: { index: false } };
}

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
  const [t, locale] = await Promise.all([getTranslations("pledge"), getLocale()]);
  const amount = formatMoney(pledge.amountCents, pledge.currency, locale);
  return (
    <section className="mx-auto max-w-2xl space-y-5 rounded-xl border border-gray-200 bg-white p-4 sm:p-8">
      <h1 className="font-serif text-3xl font-bold">{t("thanksHeading", { name: pledge.name })}</h1>
      <p className="text-lg">
        {t.rich("pledged", {
          amount,
          fund: pledge.fund.title,
          registry: pledge.registry.title,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {pledge.status === "RELEASED" ? (
        <p className="rounded bg-gray-100 px-3 py-2">{t("released")}</p>
      ) : pledge.status === "REFUNDED" ? (
        <p className="rounded bg-gray-100 px-3 py-2">{t("refunded")}</p>
      ) : (
        <div className="space-y-3 rounded-lg border border-brand-200 bg-brand-50 p-4" aria-labelledby="pay-heading">
          <h2 id="pay-heading" className="text-lg font-semibold">
            {t("howToSend")}
          </h2>
          <p>{t("direct")}</p>
          {pay.link ? (
            <p>
              <a
                href={pay.link}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="font-semibold break-all text-brand-700 underline"
              >
                {t("payOnline", { amount })}
                <span className="sr-only"> {t("newTab")}</span>
              </a>
              <span className="block break-all text-sm text-muted">{pay.link}</span>
            </p>
          ) : null}
          {pay.transfer ? (
            <div>
              <p className="font-semibold">{t("bankTransfer")}</p>
              <p className="break-words whitespace-pre-line font-mono text-sm">{pay.transfer}</p>
            </div>
          ) : null}
        </div>
      )}
      {pledge.message ? <p className="italic">{t("yourMessage", { message: pledge.message })}</p> : null}
      {pledge.anonymous ? <p className="text-sm text-muted">{t("hidden")}</p> : null}
      <p className="text-sm text-muted">{t("detailsSent", { email: pledge.email })}</p>
      <Link href={`/r/${slug}`} className="inline-block font-semibold text-brand-700 underline">
        {t("backToRegistry")}
      </Link>
    </section>
  );
}
