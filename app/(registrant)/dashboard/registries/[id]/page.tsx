import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { requireRegistryAccess } from "@/lib/authz";
import { env } from "@/lib/env";
import { listItemsForOwner } from "@/lib/data/registry-items";
import { formatMoney, minorToDecimal } from "@/lib/format";
import { LinkButton } from "@/components/ui/button";
import { CoverPicture } from "@/components/ui/gift-picture";
import { ItemRow } from "@/components/dashboard/item-row";
import { CustomItemForm } from "@/components/dashboard/custom-item-form";
import { AddFromLink } from "@/components/dashboard/add-from-link";
import { catalogPage, CatalogSection } from "@/components/dashboard/catalog-section";
import { CopyLinkButton, RegistryActions } from "@/components/dashboard/registry-actions";
import { BoughtElsewhereMarks } from "@/components/dashboard/bought-elsewhere-marks";
import { listBoughtElsewhere } from "@/lib/data/bought-elsewhere";
import { canSeeBuyers, giftOrders, giftStatus } from "@/lib/data/thank-you";
import { CoRegistrantButtons } from "@/components/dashboard/co-registrant";
import { coRegistrantStatus, type CoRegistrantStatus } from "@/lib/data/co-registrant";
import { fundsForOwner } from "@/lib/data/funds";
import { FundList, NewFundForm, type OwnerFund } from "@/components/dashboard/funds";
import { fundProgress } from "@/components/guest/fund-card";
import { groupGiftsForOwner, needsDecision } from "@/lib/data/group-gifts";
import { GroupGiftPanel, type OwnerGroupGift } from "@/components/dashboard/group-gift";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { T } from "@/lib/i18n/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("manageTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; cat?: string; page?: string }> };

export default async function ManageRegistryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { q = "", cat = "", page = "1" } = await searchParams;
  const { user, registry } = await requireRegistryAccess(id);
  const isOwner = registry.ownerId === user.id || user.role === "ADMIN";
  const [t, tFund, locale, format] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("fund"),
    getLocale(),
    getFormatter(),
  ]);
  const formatDate = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "long" }) : t("dateTbd"));
  const [items, marks, co, orders, funds, groups] = await Promise.all([
    listItemsForOwner(registry.id),
    listBoughtElsewhere(registry.id),
    isOwner ? coRegistrantStatus(registry.id) : null,
    giftOrders(registry),
    fundsForOwner(registry),
    groupGiftsForOwner(registry),
  ]);
  const amount = (c: number | null) => (c === null ? "" : minorToDecimal(c, registry.currency));
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const fundOptions = funds.filter((f) => f.active).map((f) => ({ id: f.id, title: f.title }));
  const defaultDeadline = registry.eventDate
    ? t("groupDefaultDeadline", { date: formatDate(new Date(registry.eventDate.getTime() + 30 * 86_400_000)) })
    : t("groupNoDeadline");
  const ownerGroup = (it: (typeof items)[number]): OwnerGroupGift => {
    const g = groupOf.get(it.id);
    const given = g?.contributions.filter((c) => !c.ordered && (c.status === "PROMISED" || c.status === "RECEIVED")) ?? [];
    return {
      itemId: it.id,
      title: it.title,
      currency: registry.currency,
      groupGift: !!g?.groupGift,
      min: g?.groupGift && it.groupMinCents ? amount(it.groupMinCents) : "",
      fundId: g?.groupFundId ? String(g.groupFundId) : "",
      deadline: g?.groupDeadline ? g.groupDeadline.toISOString().slice(0, 10) : "",
      progress: !g?.groupGift
        ? null
        : g.requested - g.purchased - g.locked > 0
          ? t("groupCovered", { funded: money(g.fundedCents), price: money(g.priceCents) })
          : t("groupFullyCovered"),
      defaultDeadline,
      decide:
        g && needsDecision(g)
          ? g.deadline
            ? t("groupDecideDated", { date: formatDate(g.deadline), amount: money(g.fundedCents), guests: given.length })
            : t("groupDecideOpen", { amount: money(g.fundedCents), guests: given.length })
          : null,
      contributions: (g?.contributions ?? []).map((c) => ({ ...c, amount: money(c.amountCents), date: formatDate(c.date) })),
    };
  };
  const shareUrl = `${env().APP_URL}/r/${registry.slug}`;
  const qr = await QRCode.toString(shareUrl, { type: "svg", margin: 1, width: 144 });
  const requested = items.reduce((s, i) => s + i.requested, 0);
  const bought = items.reduce((s, i) => s + i.purchased + i.locked, 0);
  const value = items.reduce((s, i) => s + (i.purchased + i.locked) * i.priceCents, 0);
  const pct = requested ? Math.round((bought / requested) * 100) : 0;
  const money = (c: number) => formatMoney(c, registry.currency, locale);

  const ownerFunds: OwnerFund[] = funds.map((f) => {
    // The same progress line as the guests', in the registrant's language.
    const { text, pct } = fundProgress(f, registry.currency, tFund as unknown as T, locale);
    return {
      id: f.id,
      title: f.title,
      story: f.story,
      goal: amount(f.goalCents),
      suggested: f.suggestedCents
        .split(",")
        .filter(Boolean)
        .map((c) => amount(Number(c)))
        .join(" "),
      paymentLink: f.paymentLink,
      transferDetails: f.transferDetails,
      active: f.active,
      photo: f.photo,
      progress: text,
      pct,
      contributions: f.contributions.map((c) => ({ ...c, amount: money(c.amountCents), date: formatDate(c.date) })),
    };
  });
  return (
    <div className="space-y-8">
      {/* Decorative here: the title follows; it is changed in Edit details. */}
      <CoverPicture
        photo={registry.coverPhoto}
        sizes="(min-width: 1152px) 1120px, calc(100vw - 32px)"
        className="aspect-[4/1] w-full rounded-2xl object-cover"
      />
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted">
            <Link href="/dashboard" className="underline">
              {t("myRegistries")}
            </Link>{" "}
            / #{registry.id}
          </p>
          <h1 className="font-serif text-3xl font-bold">{registry.title}</h1>
          <p className="text-muted">
            {registry.occasion?.name ?? t("registry")} · {formatDate(registry.eventDate)} · {t("visibility", { v: registry.visibility })}
          </p>
          {!registry.active ? (
            <p className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-900">
              {registry.deactivatedByAdmin
                ? registry.deactivatedReason
                  ? t("deactivatedWhy", { reason: registry.deactivatedReason })
                  : t("deactivatedByAdmin")
                : t("archivedHidden")}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/dashboard/registries/${registry.id}/thank-you`} variant="ghost">
            {t("thankYouList")}
          </LinkButton>
          <LinkButton href={`/dashboard/registries/${registry.id}/edit`} variant="secondary">
            {t("editDetails")}
          </LinkButton>
        </div>
      </header>

      <section
        aria-labelledby="progress-heading"
        className="grid gap-6 rounded-xl border border-gray-200 bg-white p-5 md:grid-cols-[1fr_auto]"
      >
        <div>
          <h2 id="progress-heading" className="text-lg font-semibold">
            {t("progress")}
          </h2>
          <p className="mt-1">{t("progressLine", { bought, requested, value: money(value) })}</p>
          <div
            className="mt-2 h-3 rounded-full bg-gray-200"
            role="progressbar"
            aria-valuenow={pct}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label={t("giftsBoughtLabel")}
          >
            <div className="h-3 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
          </div>
          <h2 className="mt-5 text-lg font-semibold">{t("share")}</h2>
          <p className="mt-1 break-all font-mono text-sm">{shareUrl}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <CopyLinkButton url={shareUrl} />
            <LinkButton href={`/r/${registry.slug}`} variant="ghost">
              {t("viewAsGuest")}
            </LinkButton>
          </div>
        </div>
        <figure className="text-center">
          <div
            className="inline-block rounded-lg border border-gray-200 bg-white p-2"
            role="img"
            aria-label={t("qrFor", { url: shareUrl })}
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <figcaption className="text-xs text-muted">{t("scan")}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="font-serif text-2xl font-bold">
          {t("giftsHeading", { count: items.length })}
        </h2>
        {items.length === 0 ? <p className="text-muted">{t("noGifts")}</p> : null}
        <ul className="space-y-3">
          {items.map((it, i) => (
            <ItemRow
              // A quantity changed elsewhere ("Add more" in the catalog) starts the row's form afresh.
              key={`${it.id}:${it.requested}`}
              registryId={registry.id}
              first={i === 0}
              last={i === items.length - 1}
              item={{
                id: it.id,
                title: it.title,
                colour: it.colour,
                size: it.size,
                priceLabel: money(it.priceCents),
                requested: it.requested,
                purchased: it.purchased,
                locked: it.locked,
                priority: it.priority,
                note: it.note,
                photo: it.photo,
                imageUrl: it.imageUrl,
                status: giftStatus(it, t as unknown as T),
                orders: (orders.get(it.id) ?? []).map((o) => ({ ...o, date: formatDate(o.date) })),
              }}
            >
              <GroupGiftPanel registryId={registry.id} g={ownerGroup(it)} funds={fundOptions} />
            </ItemRow>
          ))}
        </ul>
      </section>

      <section aria-labelledby="funds-heading" className="space-y-3">
        <h2 id="funds-heading" className="font-serif text-2xl font-bold">
          {t("fundsHeading", { count: funds.length })}
        </h2>
        <p className="text-sm text-muted">{t("fundsIntro")}</p>
        <FundList registryId={registry.id} funds={ownerFunds} currency={registry.currency} />
        <details className="rounded-xl border border-gray-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("addFund")}</summary>
          <div className="mt-3">
            <NewFundForm registryId={registry.id} currency={registry.currency} />
          </div>
        </details>
      </section>

      <section aria-labelledby="elsewhere-heading" className="space-y-3">
        <h2 id="elsewhere-heading" className="text-lg font-semibold">
          {t("elsewhereHeading")}
        </h2>
        <p className="text-sm text-muted">{t("elsewhereIntro")}</p>
        <BoughtElsewhereMarks registryId={registry.id} marks={marks} showBuyers={canSeeBuyers(registry)} />
      </section>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <CatalogSection registry={registry} q={q} cat={cat} page={catalogPage(page)} />
        <section aria-labelledby="custom-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <h2 id="custom-heading" className="text-lg font-semibold">
            {t("addOwn")}
          </h2>
          <AddFromLink registryId={registry.id} currency={registry.currency} />
          <h3 className="border-t border-gray-200 pt-3 font-semibold">{t("fillYourself")}</h3>
          <CustomItemForm registryId={registry.id} currency={registry.currency} />
        </section>
      </div>

      {co ? <CoRegistrantSection registryId={registry.id} status={co} t={t as unknown as T} /> : null}

      <section aria-labelledby="manage-heading" className="space-y-3">
        <h2 id="manage-heading" className="text-lg font-semibold">
          {t("archiveOrDelete")}
        </h2>
        <RegistryActions registryId={registry.id} archived={!registry.active} canDelete={isOwner} />
      </section>
    </div>
  );
}

/** Only the owner (or an admin) sees who co-manages and can invite again or remove access. */
function CoRegistrantSection({ registryId, status, t }: { registryId: number; status: CoRegistrantStatus; t: T }) {
  const text =
    status.state === "none"
      ? t("coNone")
      : status.state === "joined"
        ? t("coJoined", { name: status.name, email: status.email })
        : status.state === "invited"
          ? `${t("coInvited", { email: status.email })}${status.expired ? ` ${t("coExpired")}` : ""}`
          : t("coNotInvited", { email: status.email });
  return (
    <section aria-labelledby="co-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
      <h2 id="co-heading" className="text-lg font-semibold">
        {t("coHeading")}
      </h2>
      <p className="break-words">{text}</p>
      {status.state !== "none" ? (
        <CoRegistrantButtons
          registryId={registryId}
          canResend={status.state !== "joined"}
          canRevoke={status.state === "joined" || status.state === "invited"}
          resendLabel={status.state === "invited" ? t("resendInvite") : t("sendInvite")}
        />
      ) : null}
    </section>
  );
}
