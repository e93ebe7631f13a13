import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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

export const metadata: Metadata = { title: "Registry · Admin" };

export default async function AdminRegistry({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/registries");
  const id = idSchema.safeParse((await params).id);
  const r = id.success ? await getRegistryForAdmin(id.data) : null;
  if (!r) notFound();
  const [marks, funds, groups] = await Promise.all([listBoughtElsewhere(r.id), fundsForAdmin(r.id), groupGiftsForAdmin(r.id)]);
  const address = [r.addrCompany, r.addrStreet, r.addrStreet2, r.addrSuburb, r.addrCity, r.addrState, r.addrPostcode, r.addrCountry]
    .filter(Boolean)
    .join(", ");
  const facts: [string, React.ReactNode][] = [
    ["Number", r.id],
    ["Registrants", coupleNames(r)],
    [
      "Owner account",
      <Link key="o" className="text-brand-700 underline" href={`/admin/users/${r.owner.id}`}>
        {r.owner.email}
      </Link>,
    ],
    ["Email", [r.email, r.coEmail].filter(Boolean).join(", ")],
    ["Phone", r.phone || r.addrPhone || "—"],
    ["Occasion", r.occasion?.name ?? "—"],
    ["Event date", formatDate(r.eventDate)],
    ["Visibility", r.visibility.toLowerCase()],
    ["Store", r.store?.name ?? "—"],
    ["External id", r.externalIdentifier || "—"],
    ["Delivery address", address || "—"],
    ["Created", r.createdAt.toISOString().slice(0, 10)],
    ["Message", r.message || "—"],
    [
      "Share link",
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
            ← All registries
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold">{r.title}</h1>
        {r.active ? (
          <Badge tone="green">Active</Badge>
        ) : (
          <Badge tone="red">{r.deactivatedByAdmin ? "Deactivated by an admin" : "Archived by the owner"}</Badge>
        )}
        {r.deactivatedReason ? <p className="text-sm">Reason given to the owner: {r.deactivatedReason}</p> : null}
      </div>
      <dl className="grid gap-x-6 gap-y-2 rounded-xl border border-gray-200 bg-white p-4 text-sm sm:grid-cols-2">
        {facts.map(([k, v]) => (
          <div key={k} className="flex flex-wrap gap-2">
            <dt className="font-semibold">{k}:</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <Section title="Moderation">
        {r.active ? (
          <ActionForm
            action={deactivateRegistryAction}
            schema="deactivate"
            values={{ registryId: r.id }}
            label="Deactivate registry"
            submit="Deactivate registry"
            variant="danger"
            className="max-w-xl space-y-3"
          >
            <Area name="reason" label="Reason (shown to the owner)" maxLength={500} required />
          </ActionForm>
        ) : (
          <ActionForm action={reactivateRegistryAction.bind(null, r.id)} label="Reactivate registry" submit="Reactivate registry" />
        )}
      </Section>
      <Section title={`Items (${r.items.length})`}>
        <ItemsTable items={r.items} currency={r.currency} />
      </Section>
      <Section title="Orders" action={{ href: `/admin/orders?registry=${r.id}`, label: "Orders in progress" }}>
        {r.orders.length ? <OrdersTable orders={r.orders} /> : <p className="text-muted">No orders yet.</p>}
      </Section>
      <Section title="Sales and refunds" action={{ href: `/admin/sales?registry=${r.id}`, label: "Record an offline sale or refund" }}>
        {r.sales.length ? <SalesTable sales={r.sales} currency={r.currency} /> : <p className="text-muted">No sales recorded yet.</p>}
      </Section>
      <Section title={`Cash funds (${funds.length})`}>
        {funds.length === 0 ? <p className="text-muted">No cash funds.</p> : null}
        {funds.map((f) => (
          <div key={f.id} className="space-y-2">
            <h3 className="font-semibold">
              {f.title} <Badge tone={f.active ? "green" : "gray"}>{f.active ? "open" : "closed"}</Badge>
            </h3>
            <p className="text-sm break-all text-muted">
              Goal: {f.goalCents ? formatMoney(f.goalCents, r.currency) : "none"} · Payment link: {f.paymentLink || "—"}
            </p>
            {f.contributions.length ? (
              <ContributionTable caption={`Contributions to ${f.title}`} contributions={f.contributions} />
            ) : (
              <p className="text-sm text-muted">No contributions yet.</p>
            )}
          </div>
        ))}
      </Section>
      <Section title={`Group gifts (${groups.length})`}>
        {groups.length === 0 ? <p className="text-muted">No group gifts.</p> : null}
        {groups.map((g) => (
          <div key={g.id} className="space-y-2">
            <h3 className="font-semibold">
              {g.title} <Badge tone={g.groupGift ? "green" : "gray"}>{g.groupGift ? "open" : "off"}</Badge>
            </h3>
            <p className="text-sm text-muted">
              {formatMoney(g.fundedCents, r.currency)} of {formatMoney(g.priceCents, r.currency)} toward the next one · {g.locked} ordered
              (locked) · {g.purchased} purchased · {g.requested} requested
            </p>
            {g.contributions.length ? (
              <ContributionTable caption={`Contributions toward ${g.title}`} contributions={g.contributions} />
            ) : (
              <p className="text-sm text-muted">No contributions yet.</p>
            )}
          </div>
        ))}
      </Section>
      <Section title="Marked as bought elsewhere">
        <BoughtElsewhereMarks registryId={r.id} marks={marks} showBuyers />
      </Section>
      {r.reports.length ? (
        <Section title="Guest reports" action={{ href: "/admin/reports", label: "Reports queue" }}>
          <ul className="list-disc pl-5 text-sm">
            {r.reports.map((g) => (
              <li key={g.id}>
                {g.createdAt.toISOString().slice(0, 10)} — {g.reason} ({g.status.toLowerCase()})
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
function ContributionTable({ caption, contributions }: { caption: string; contributions: AdminContribution[] }) {
  return (
    <Table caption={caption} head={["When", "From", "Amount", "Status", ""]}>
      {contributions.map((c) => (
        <tr key={c.id}>
          <td className={`${td} whitespace-nowrap`}>{c.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
          <td className={td}>
            {c.name}
            {c.anonymous ? " (hidden from guests)" : ""}
            <br />
            <span className="text-muted">{c.email}</span>
          </td>
          <td className={td}>
            {formatMoney(c.amountCents, c.currency)}
            {c.orderId ? <span className="block text-muted">order {c.orderId}</span> : null}
          </td>
          <td className={td}>
            <Badge tone={c.status === "RECEIVED" ? "green" : c.status === "PROMISED" ? "amber" : "red"}>{c.status.toLowerCase()}</Badge>
          </td>
          <td className={td}>
            {c.status === "REFUNDED" || c.status === "RELEASED" ? null : (
              <ActionForm
                action={refundContributionAction.bind(null, { contributionId: c.id })}
                label={`Refund contribution ${c.id}`}
                submit="Mark refunded"
                variant="secondary"
                confirm="Mark this contribution as refunded to the guest?"
              />
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
