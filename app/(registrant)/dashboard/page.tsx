import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireUser } from "@/lib/authz";
import { listManagedRegistries } from "@/lib/data/registries";
import { emailVerified } from "@/lib/data/users";
import { ResendConfirmationButton } from "@/components/dashboard/co-registrant";
import { formatMoney } from "@/lib/format";
import { LinkButton } from "@/components/ui/button";
import { CoverPicture } from "@/components/ui/gift-picture";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("myRegistries") };
}

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const [registries, verified, t, locale] = await Promise.all([
    listManagedRegistries(user),
    emailVerified(user.id),
    getTranslations("dashboard"),
    getLocale(),
  ]);
  const format = await getFormatter();
  return (
    <div className="space-y-6">
      {!verified ? (
        <section aria-labelledby="confirm-heading" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4">
          <h2 id="confirm-heading" className="font-semibold">
            {t("confirmHeading")}
          </h2>
          <p className="break-words text-sm">{t("confirmText", { email: user.email })}</p>
          <ResendConfirmationButton />
        </section>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">{t("myRegistries")}</h1>
          <p className="text-muted">{t("signedInAs", { email: user.email })}</p>
        </div>
        <LinkButton href="/dashboard/registries/new">{t("createRegistry")}</LinkButton>
      </div>
      {registries.length === 0 ? (
        <div className="rounded-xl border border-dashed border-gray-300 bg-white p-8 text-center">
          <p className="text-lg font-semibold">{t("noRegistry")}</p>
          <p className="mt-1 text-muted">{t("noRegistryText")}</p>
          {user.role === "ADMIN" ? (
            <p className="mt-3">
              <Link href="/admin" className="font-semibold text-brand-700 underline">
                {t("adminArea")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {registries.map((r) => {
            const pct = r.progress.requested ? Math.round((r.progress.bought / r.progress.requested) * 100) : 0;
            return (
              <li key={r.id} className="overflow-hidden rounded-xl border border-gray-200 bg-white p-5 shadow-sm">
                {/* Decorative here: the registry's title follows. */}
                <CoverPicture
                  photo={r.coverPhoto}
                  sizes="(min-width: 768px) 560px, 100vw"
                  className="-mx-5 -mt-5 mb-4 aspect-[3/1] w-[calc(100%+2.5rem)] max-w-none object-cover"
                />
                <div className="flex items-start justify-between gap-2">
                  <div>
                    <h2 className="text-xl font-semibold">
                      <Link href={`/dashboard/registries/${r.id}`} className="text-brand-700 hover:underline">
                        {r.title}
                      </Link>
                    </h2>
                    <p className="text-sm text-muted">
                      {r.occasion?.name ?? t("registry")} ·{" "}
                      {r.eventDate ? format.dateTime(r.eventDate, { dateStyle: "long" }) : t("dateTbd")} · #{r.id}
                      {r.isOwner ? "" : ` · ${t("coRegistrant")}`}
                    </p>
                  </div>
                  {!r.active ? (
                    <span className="rounded-full bg-red-100 px-2 py-1 text-xs font-semibold text-red-800">
                      {r.archivedAt ? t("archived") : t("deactivated")}
                    </span>
                  ) : null}
                </div>
                {!r.active && r.deactivatedReason ? (
                  <p className="mt-2 text-sm text-red-800">{t("reason", { reason: r.deactivatedReason })}</p>
                ) : null}
                <div className="mt-4">
                  <div className="flex justify-between text-sm">
                    <span>{t("giftsBought", { bought: r.progress.bought, requested: r.progress.requested })}</span>
                    <span>{formatMoney(r.progress.valueCents, r.currency, locale)}</span>
                  </div>
                  <div
                    className="mt-1 h-2 rounded-full bg-gray-200"
                    role="progressbar"
                    aria-valuenow={pct}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-label={t("progressOf", { title: r.title })}
                  >
                    <div className="h-2 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
                  </div>
                </div>
                <p className="mt-3 text-sm">
                  {t("shareLink")}{" "}
                  <Link href={`/r/${r.slug}`} className="font-mono text-brand-700 underline">
                    /r/{r.slug}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
