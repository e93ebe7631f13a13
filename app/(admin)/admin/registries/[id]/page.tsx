import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { T } from "@/lib/i18n/types";
import { requireRole } from "@/lib/authz";
import { getRegistryForAdmin } from "@/lib/data/admin-registries";
import { deactivateRegistryAction, reactivateRegistryAction } from "@/lib/actions/admin-registries";
import { idSchema } from "@/lib/validations/admin";
import { coupleNames, formatDate } from "@/lib/format";
import { ActionForm, Area } from "@/components/admin/action-form";
import { ItemsTable, OrdersTable, SalesTable, Section } from "@/components/admin/registry-sections";
import { Badge } from "@/components/admin/table";
import { BoughtElsewhereMarks } from "@/components/dashboard/bought-elsewhere-marks";
import { listBoughtElsewhere } from "@/lib/data/bought-elsewhere";
import { fundsForAdmin } from "@/lib/data/funds";
import { groupGiftsForAdmin } from "@/lib/data/group-gifts";
import { refundContributionAction } from "@/lib/actions/funds";
import { formatMoney } from "@/lib/format";
import { Table, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.registry"))("metaTitle") };
}

export default async function AdminRegistry({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/registries");
  const id = idSchema.safeParse((await params).id);
  const r = id.success ? await getRegistryForAdmin(id.data) : null;
  if (!r) notFound();
  const [marks, funds, groups, t, status, locale, format] = await Promise.all([
    listBoughtElsewhere(r.id),
    fundsForAdmin(r.id),
    groupGiftsForAdmin(r.id),
    getTranslations("admin.registry"),
    getTranslations("admin.status"),
    getLocale(),
    getFormatter(),
  ]);
  const money = (minor: number) => formatMoney(minor, r.currency, locale);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const address = [r.addrCompany, r.addrStreet, r.addrStreet2, r.addrSuburb, r.addrCity, r.addrState, r.addrPostcode, r.addrCountry]
    .filter(Boolean)
    .join(", ");
  const facts: [string, React.ReactNode][] = [
    [t("number"), r.id],
    [t("registrants"), coupleNames(r)],
    [
      t("owner"),
      <Link key="o" className="text-brand-700 underline" href={`/admin/users/${r.owner.id}`}>
        {r.owner.email}
      </Link>,
    ],
    [t("email"), [r.email, r.coEmail].filter(Boolean).join(", ")],
    [t("phone"), r.phone || r.addrPhone || "—"],
    [t("occasion"), r.occasion?.name ?? "—"],
    [t("eventDate"), formatDate(r.eventDate, locale, (await getTranslations("admin.registries"))("dateTbd"))],
    [t("visibility"), t("visibilityValue", { v: r.visibility })],
    [t("store"), r.store?.name ?? "—"],
    [t("ext"), r.externalIdentifier || "—"],
    [t("address"), address || "—"],
    [t("created"), day(r.createdAt)],
    [t("message"), r.message || "—"],
    [
      t("shareLink"),
      <Link key="s" className="text-brand-700 underline" href={`/r/${r.slug}`}>
        /r/{r.slug}
      </Link>,
    ],
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/admin/registries" className="text-sm text-brand-700 underline">
            {t("all")}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">{r.title}</h1>
        {r.active ? (
          <Badge tone="green">{t("active")}</Badge>
        ) : (
          <Badge tone="red">{r.deactivatedByAdmin ? t("deactivatedByAdmin") : t("archivedByOwner")}</Badge>
        )}
        {r.deactivatedReason ? <p className="text-sm">{t("reasonGiven", { reason: r.deactivatedReason })}</p> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k} className="flex flex-wrap gap-2">
            <dt className="font-semibold">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <Section title={t("moderation")}>
        {r.active ? (
          <ActionForm
            action={deactivateRegistryAction}
            schema="deactivate"
            values={{ registryId: r.id }}
            label={t("deactivate")}
            submit={t("deactivate")}
            variant="danger"
            className="max-w-xl space-y-3"
          >
            <Area name="reason" label={t("reason")} maxLength={500} required />
          </ActionForm>
        ) : (
          <ActionForm action={reactivateRegistryAction.bind(null, r.id)} label={t("reactivate")} submit={t("reactivate")} />
        )}
      </Section>
      <Section title={t("items", { count: r.items.length })}>
        <ItemsTable items={r.items} currency={r.currency} />
      </Section>
      <Section title={t("orders")} action={{ href: `/admin/orders?registry=${r.id}`, label: t("ordersInProgress") }}>
        {r.orders.length ? <OrdersTable orders={r.orders} /> : <p className="text-muted">{t("noOrders")}</p>}
      </Section>
      <Section title={t("sales")} action={{ href: `/admin/sales?registry=${r.id}`, label: t("recordSale") }}>
        {r.sales.length ? <SalesTable sales={r.sales} currency={r.currency} /> : <p className="text-muted">{t("noSales")}</p>}
      </Section>
      <Section title={t("funds", { count: funds.length })}>
        {funds.length === 0 ? <p className="text-muted">{t("noFunds")}</p> : null}
        {funds.map((f) => (
          <div key={f.id} className="space-y-2">
            <h3 className="font-semibold">
              {f.title} <Badge tone={f.active ? "green" : "gray"}>{f.active ? t("open") : t("closed")}</Badge>
            </h3>
            <p className="text-sm break-all text-muted">
              {t("fundFacts", { goal: f.goalCents ? money(f.goalCents) : t("noGoal"), link: f.paymentLink || "—" })}
            </p>
            {f.contributions.length ? (
              <ContributionTable caption={t("contributionsTo", { title: f.title })} contributions={f.contributions} t={t} status={status} />
            ) : (
              <p className="text-sm text-muted">{t("noContributions")}</p>
            )}
          </div>
        ))}
      </Section>
      <Section title={t("groups", { count: groups.length })}>
        {groups.length === 0 ? <p className="text-muted">{t("noGroups")}</p> : null}
        {groups.map((g) => (
          <div key={g.id} className="space-y-2">
            <h3 className="font-semibold">
              {g.title} <Badge tone={g.groupGift ? "green" : "gray"}>{g.groupGift ? t("open") : t("off")}</Badge>
            </h3>
            <p className="text-sm text-muted">
              {t("groupFacts", {
                funded: money(g.fundedCents),
                price: money(g.priceCents),
                locked: g.locked,
                purchased: g.purchased,
                requested: g.requested,
              })}
            </p>
            {g.contributions.length ? (
              <ContributionTable
                caption={t("contributionsToward", { title: g.title })}
                contributions={g.contributions}
                t={t}
                status={status}
              />
            ) : (
              <p className="text-sm text-muted">{t("noContributions")}</p>
            )}
          </div>
        ))}
      </Section>
      <Section title={t("elsewhere")}>
        <BoughtElsewhereMarks registryId={r.id} marks={marks} showBuyers />
      </Section>
      {r.reports.length ? (
        <Section title={t("reports")} action={{ href: "/admin/reports", label: t("reportsQueue") }}>
          <ul className="list-disc ps-5 text-sm">
            {r.reports.map((g) => (
              <li key={g.id}>
                {t("reportLine", {
                  date: day(g.createdAt),
                  reason: g.reason,
                  status: status.has(g.status) ? status(g.status) : g.status.toLowerCase(),
                })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

type AdminContribution = Awaited<ReturnType<typeof fundsForAdmin>>[number]["contributions"][number];

/** A fund's or a group gift's contributions, each refundable until refunded or released. */
async function ContributionTable({
  caption,
  contributions,
  t,
  status,
}: {
  caption: string;
  contributions: AdminContribution[];
  t: T;
  status: T;
}) {
  const [format, locale] = await Promise.all([getFormatter(), getLocale()]);
  return (
    <Table caption={caption} head={[t("colWhen"), t("colFrom"), t("colAmount"), t("colStatus"), ""]}>
      {contributions.map((c) => (
        <tr key={c.id}>
          <td className={`${td} whitespace-nowrap`}>{format.dateTime(c.createdAt, { dateStyle: "short", timeStyle: "short" })}</td>
          <td className={td}>
            {c.name}
            {c.anonymous ? ` ${t("hidden")}` : ""}
            <br />
            <span className="text-muted">{c.email}</span>
          </td>
          <td className={td}>
            {formatMoney(c.amountCents, c.currency, locale)}
            {c.orderId ? <span className="block text-muted">{t("orderNo", { id: c.orderId })}</span> : null}
          </td>
          <td className={td}>
            <Badge tone={c.status === "RECEIVED" ? "green" : c.status === "PROMISED" ? "amber" : "red"}>{status(c.status)}</Badge>
          </td>
          <td className={td}>
            {c.status === "REFUNDED" || c.status === "RELEASED" ? null : (
              <ActionForm
                action={refundContributionAction.bind(null, { contributionId: c.id })}
                label={t("refundLabel", { id: c.id })}
                submit={t("markRefunded")}
                variant="secondary"
                confirm={t("refundConfirm")}
              />
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
