// The site's header and footer (app/layout.tsx). Server components: the user menu is a <details>
// (closed after a link in it is followed, by a small client wrapper) and sign-out a form bound to a
// server action.
import Link from "next/link";
import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";
import { getTranslations } from "next-intl/server";
import { UserMenu } from "./user-menu";
import { LanguageChooser } from "./language-chooser";

export const PRODUCT_NAME = "Wishwell";

export async function SiteHeader() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("layout")]);
  return (
    <header className="border-b border-gray-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-2xl font-bold text-brand-700">
          {PRODUCT_NAME}
          <span className="sr-only"> {t("homeSuffix")}</span>
        </Link>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-4 text-sm font-medium">
          <Link href="/search" className="hover:text-brand-700 hover:underline">
            {t("findRegistry")}
          </Link>
          <Link href="/dashboard/registries/new" className="hover:text-brand-700 hover:underline">
            {t("createRegistry")}
          </Link>
        </nav>
        <div className="ms-auto flex items-center gap-3 text-sm">
          {user ? (
            <UserMenu label={user.name}>
              <div className="absolute end-0 z-20 mt-2 w-52 rounded-md border border-gray-200 bg-white p-2 shadow-lg">
                <p className="truncate px-2 py-1 text-xs text-muted">{user.email}</p>
                <Link href="/dashboard" className="block rounded px-2 py-2 hover:bg-gray-50">
                  {t("myRegistries")}
                </Link>
                <Link href="/dashboard/account" className="block rounded px-2 py-2 hover:bg-gray-50">
                  {t("account")}
                </Link>
                {user.role === "ADMIN" ? (
                  <Link href="/admin" className="block rounded px-2 py-2 hover:bg-gray-50">
                    {t("admin")}
                  </Link>
                ) : null}
                <form action={signOutAction}>
                  <button type="submit" className="block w-full rounded px-2 py-2 text-start hover:bg-gray-50">
                    {t("signOut")}
                  </button>
                </form>
              </div>
            </UserMenu>
          ) : (
            <>
              <Link href="/sign-in" className="font-medium hover:underline">
                {t("signIn")}
              </Link>
              <Link href="/sign-up" className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white hover:bg-brand-800">
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className="mt-16 border-t border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-muted">
        <p>{t("footerLine", { year: new Date().getFullYear(), product: PRODUCT_NAME })}</p>
        <nav aria-label={t("footerNav")} className="flex gap-4">
          <Link href="/search" className="hover:underline">
            {t("findRegistry")}
          </Link>
          <Link href="/dashboard" className="hover:underline">
            {t("myRegistries")}
          </Link>
        </nav>
        <LanguageChooser />
      </div>
    </footer>
  );
}
