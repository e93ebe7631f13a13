import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { requireRegistryAccess } from "@/lib/authz";
import { env } from "@/lib/env";
import { listItemsForOwner } from "@/lib/data/registry-items";
import { formatDate, formatMoney, minorToDecimal } from "@/lib/format";
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
import { translator } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: "Manage registry" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string; cat?: string; page?: string }> };

export default async function ManageRegistryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { q = "", cat = "", page = "1" } = await searchParams;
  const { user, registry } = await requireRegistryAccess(id);
  const isOwner = registry.ownerId === user.id || user.role === "ADMIN";
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
    ? `30 days after your event (${formatDate(new Date(registry.eventDate.getTime() + 30 * 86_400_000))})`
    : "no end date (add your event’s date to get one)";
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
          ? `${money(g.fundedCents)} of ${money(g.priceCents)} covered toward the next one`
          : "fully covered, thank you guests",
      defaultDeadline,
      decide:
        g && needsDecision(g)
          ? `${g.deadline ? `Not fully funded by ${formatDate(g.deadline)}` : "No end date, so you can stop it whenever you like"}: ${money(g.fundedCents)} from ${given.length} ${given.length === 1 ? "guest" : "guests"}${g.deadline ? "" : " so far"}. What happens to it?`
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
  const money = (c: number) => formatMoney(c, registry.currency);

  const ownerFunds: OwnerFund[] = funds.map((f) => {
    // Registrant pages are still English (issue 23: next to translate), on the same messages.
    const { text, pct } = fundProgress(f, registry.currency, translator("en", "fund"), "en-US");
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
              My registries
            </Link>{" "}
            / #{registry.id}
          </p>
          <h1 className="font-serif text-3xl font-bold">{registry.title}</h1>
          <p className="text-muted">
            {registry.occasion?.name ?? "Registry"} · {formatDate(registry.eventDate)} · {registry.visibility.toLowerCase()}
          </p>
          {!registry.active ? (
            <p className="mt-2 rounded bg-red-50 px-3 py-2 text-sm text-red-900">
              {registry.deactivatedByAdmin
                ? `Deactivated by an administrator${registry.deactivatedReason ? `: ${registry.deactivatedReason}` : ""}`
                : "Archived — guests can’t see it."}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2">
          <LinkButton href={`/dashboard/registries/${registry.id}/thank-you`} variant="ghost">
            Thank-you list
          </LinkButton>
          <LinkButton href={`/dashboard/registries/${registry.id}/edit`} variant="secondary">
            Edit details
          </LinkButton>
        </div>
      </header>

      <section
        aria-labelledby="progress-heading"
        className="grid gap-6 rounded-xl border border-gray-200 bg-white p-5 md:grid-cols-[1fr_auto]"
      >
        <div>
          <h2 id="progress-heading" className="text-lg font-semibold">
            Progress
          </h2>
          <p className="mt-1">
            {bought} of {requested} gifts bought · {money(value)} so far
          </p>
          <div
            className="mt-2 h-3 rounded-full bg-gray-200"
            role="progressbar"
            aria-valuenow={pct}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-label="Gifts bought"
          >
            <div className="h-3 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
          </div>
          <h2 className="mt-5 text-lg font-semibold">Share your registry</h2>
          <p className="mt-1 break-all font-mono text-sm">{shareUrl}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <CopyLinkButton url={shareUrl} />
            <LinkButton href={`/r/${registry.slug}`} variant="ghost">
              View as a guest
            </LinkButton>
          </div>
        </div>
        <figure className="text-center">
          <div
            className="inline-block rounded-lg border border-gray-200 bg-white p-2"
            role="img"
            aria-label={`QR code for ${shareUrl}`}
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <figcaption className="text-xs text-muted">Scan to open</figcaption>
        </figure>
      </section>

      <section aria-labelledby="items-heading" className="space-y-3">
        <h2 id="items-heading" className="font-serif text-2xl font-bold">
          Gifts ({items.length})
        </h2>
        {items.length === 0 ? <p className="text-muted">No gifts yet — add some from the catalog or your own below.</p> : null}
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
                status: giftStatus(it),
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
          Cash funds ({funds.length})
        </h2>
        <p className="text-sm text-muted">
          Guests pledge money toward a fund and pay you directly through your link or bank transfer. Tick each contribution when it arrives.
        </p>
        <FundList registryId={registry.id} funds={ownerFunds} currency={registry.currency} />
        <details className="rounded-xl border border-gray-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">Add a cash fund</summary>
          <div className="mt-3">
            <NewFundForm registryId={registry.id} currency={registry.currency} />
          </div>
        </details>
      </section>

      <section aria-labelledby="elsewhere-heading" className="space-y-3">
        <h2 id="elsewhere-heading" className="text-lg font-semibold">
          Marked as bought elsewhere
        </h2>
        <p className="text-sm text-muted">
          Guests tell you here when they bought a gift in another shop. If a mark is wrong, undo it and the gift is needed again.
        </p>
        <BoughtElsewhereMarks registryId={registry.id} marks={marks} showBuyers={canSeeBuyers(registry)} />
      </section>

      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <CatalogSection registry={registry} q={q} cat={cat} page={catalogPage(page)} />
        <section aria-labelledby="custom-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <h2 id="custom-heading" className="text-lg font-semibold">
            Add your own gift
          </h2>
          <AddFromLink registryId={registry.id} currency={registry.currency} />
          <h3 className="border-t border-gray-200 pt-3 font-semibold">Or fill in the details yourself</h3>
          <CustomItemForm registryId={registry.id} currency={registry.currency} />
        </section>
      </div>

      {co ? <CoRegistrantSection registryId={registry.id} status={co} /> : null}

      <section aria-labelledby="manage-heading" className="space-y-3">
        <h2 id="manage-heading" className="text-lg font-semibold">
          Archive or delete
        </h2>
        <RegistryActions registryId={registry.id} archived={!registry.active} canDelete={isOwner} />
      </section>
    </div>
  );
}

/** Only the owner (or an admin) sees who co-manages and can invite again or remove access. */
function CoRegistrantSection({ registryId, status }: { registryId: number; status: CoRegistrantStatus }) {
  const text = {
    none: "No co-registrant. Add one in Edit details and we’ll email them an invitation.",
    joined: status.state === "joined" ? `${status.name} joined (${status.email}) and manages this registry with you.` : "",
    invited:
      status.state === "invited" ? `Invited ${status.email} — not joined yet.${status.expired ? " The invitation has expired." : ""}` : "",
    "not-invited": status.state === "not-invited" ? `${status.email} has not been invited yet, so they can’t manage this registry.` : "",
  }[status.state];
  return (
    <section aria-labelledby="co-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
      <h2 id="co-heading" className="text-lg font-semibold">
        Co-registrant
      </h2>
      <p className="break-words">{text}</p>
      {status.state !== "none" ? (
        <CoRegistrantButtons
          registryId={registryId}
          canResend={status.state !== "joined"}
          canRevoke={status.state === "joined" || status.state === "invited"}
          resendLabel={status.state === "invited" ? "Resend invitation" : "Send invitation"}
        />
      ) : null}
    </section>
  );
}
