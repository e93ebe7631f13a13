import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signOut") };
}

/** Sign-out for pages that carry no client runtime (the guest registry page links here). */
export default async function SignOutPage() {
  const user = await currentUser();
  if (!user) redirect("/");
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 text-center shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">{t("signOut")}</h1>
      <p className="mt-3">{t("signedInAs", { email: user.email })}</p>
      <p className="mt-2 text-sm text-muted">{t("signOutEverywhere")}</p>
      <form action={signOutAction} className="mt-6">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("signOut")}
        </button>
      </form>
    </section>
  );
}
