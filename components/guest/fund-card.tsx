// A cash fund on the guest page: server-rendered, no script. Progress only — never who gave or how much each.
import { formatMoney } from "@/lib/format";
import type { T } from "@/lib/i18n/types";
import type { GuestFund } from "@/lib/data/funds";
import { GiftPicture } from "@/components/ui/gift-picture";
import { buttonClass } from "@/components/ui/button";

/** "$350.00 of $2,000.00 raised · 2 contributors", and the bar's percentage (capped at 100); `t`: the "fund" messages. */
export function fundProgress(
  f: { raisedCents: number; goalCents: number | null; contributors: number },
  currency: string,
  t: T,
  locale: string,
) {
  const raised = formatMoney(f.raisedCents, currency, locale);
  const text = f.goalCents
    ? t("raisedOfGoal", { raised, goal: formatMoney(f.goalCents, currency, locale), count: f.contributors })
    : t("raised", { raised, count: f.contributors });
  const pct = f.goalCents ? Math.min(100, Math.floor((f.raisedCents / f.goalCents) * 100)) : null;
  return { text, pct };
}

/** "From Ana, Ben and 1 more": the named givers (first names), the hidden ones only counted. */
export function giversLine(names: string[], contributors: number, t: T, locale: string) {
  const shown = names.slice(0, 3);
  const more = contributors - shown.length;
  if (!shown.length) return t("fromGuests", { count: contributors });
  const list = new Intl.ListFormat(locale, { type: "conjunction" }).format(more > 0 ? [...shown, t("more", { count: more })] : shown);
  return t("fromNames", { names: list });
}

export function FundCard({
  fund,
  slug,
  currency,
  photoPrefix,
  t,
  locale,
}: {
  fund: GuestFund;
  slug: string;
  currency: string;
  photoPrefix: string;
  /** The "fund" messages in the guest's language. */
  t: T;
  locale: string;
}) {
  const { text, pct } = fundProgress(fund, currency, t, locale);
  return (
    <li className="flex flex-col rounded-xl border border-gray-300 bg-white p-4" aria-labelledby={`fund-${fund.id}`}>
      {fund.photo ? (
        <GiftPicture
          photo={fund.photo}
          imageUrl=""
          title={fund.title}
          sizes="224px"
          prefix={photoPrefix}
          className="mx-auto mb-3 w-full max-w-56"
        />
      ) : null}
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("cashFund")}</p>
      <h3 id={`fund-${fund.id}`} className="font-semibold">
        {fund.title}
      </h3>
      {fund.story ? <p className="mt-1 line-clamp-4 whitespace-pre-line text-sm">{fund.story}</p> : null}
      <div className="mt-auto pt-3">
        <p className="text-sm font-medium">{text}</p>
        {fund.contributors ? <p className="text-sm text-muted">{giversLine(fund.givers, fund.contributors, t, locale)}</p> : null}
        {pct !== null ? (
          <div
            className="mt-1 h-2.5 rounded-full bg-gray-200"
            role="progressbar"
            aria-valuenow={pct}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label={t("progressLabel", { title: fund.title })}
          >
            <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
          </div>
        ) : null}
        <a href={`/r/${slug}/fund/${fund.id}`} className={buttonClass("primary", "mt-3 w-full")}>
          {t("contribute")}
          <span className="sr-only"> {t("toFund", { title: fund.title })}</span>
        </a>
      </div>
    </li>
  );
}
