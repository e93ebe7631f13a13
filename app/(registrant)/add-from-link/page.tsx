import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrantIntl } from "@/components/layout/registrant-intl";
import Link from "next/link";
import { requireUser } from "@/lib/authz";
import { listManagedRegistries } from "@/lib/data/registries";
import { safeReturnPath } from "@/lib/safe-redirect";
import { AddFromLink } from "@/components/dashboard/add-from-link";
import { LinkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("linkPageTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Phones share "title", "text" and "url", and often put the link inside the text: the first http(s) address wins. */
function sharedLink(params: Record<string, string | string[] | undefined>): string {
  for (const key of ["url", "text", "title"]) {
    const raw = params[key];
    const value = (Array.isArray(raw) ? raw[0] : raw) ?? "";
    const found = /https?:\/\/[^\s<>"']+/i.exec(value.slice(0, 4000))?.[0];
    if (found) return found.replace(/[.,;:!?)\]}»”’]+$/, "").slice(0, 2000);
  }
  return "";
}

// The target of the installed app's share sheet (app/manifest.ts). Outside /dashboard so that signing
// in comes back here with the shared link rather than to the dashboard.
export default async function AddFromLinkPage({ searchParams }: Props) {
  const params = await searchParams;
  const link = sharedLink(params);
  const here = (registry?: number) =>
    `/add-from-link?${new URLSearchParams({ ...(link ? { url: link } : {}), ...(registry ? { registry: String(registry) } : {}) })}`;
  const user = await requireUser(safeReturnPath(here(), "/add-from-link"));
  const [registries, t] = await Promise.all([listManagedRegistries(user), getTranslations("dashboard")]);
  const wanted = Number(Array.isArray(params.registry) ? params.registry[0] : params.registry);
  const chosen = registries.find((r) => r.id === wanted) ?? (registries.length === 1 ? registries[0] : undefined);

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="font-serif text-3xl font-bold">{t("linkPageTitle")}</h1>
      {registries.length === 0 ? (
        <div className="space-y-3 rounded-xl border border-dashed border-gray-300 bg-white p-6">
          <p>{t("linkNeedRegistry")}</p>
          <LinkButton href="/dashboard/registries/new">{t("createRegistry")}</LinkButton>
        </div>
      ) : !chosen ? (
        <nav aria-labelledby="pick-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <h2 id="pick-heading" className="text-lg font-semibold">
            {t("linkWhich")}
          </h2>
          <ul className="space-y-2">
            {registries.map((r) => (
              <li key={r.id}>
                <Link
                  href={here(r.id)}
                  className="block rounded-md border border-gray-300 px-4 py-3 font-medium text-brand-700 hover:bg-brand-50"
                >
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <section aria-labelledby="add-heading" className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <h2 id="add-heading" className="text-lg font-semibold">
            {t("linkFor", { title: chosen.title })}
          </h2>
          {registries.length > 1 ? (
            <p className="text-sm">
              <Link href={here()} className="text-brand-700 underline">
                {t("linkChooseAnother")}
              </Link>
            </p>
          ) : null}
          <RegistrantIntl>
            <AddFromLink registryId={chosen.id} currency={chosen.currency} initialUrl={link} />
          </RegistrantIntl>
          <p className="text-sm">
            <Link href={`/dashboard/registries/${chosen.id}`} className="text-brand-700 underline">
              {t("linkGoTo")}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
