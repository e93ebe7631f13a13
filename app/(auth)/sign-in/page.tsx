import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { safeReturnPath } from "@/lib/safe-redirect";
import { SignInForm } from "@/components/auth/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 font-serif text-3xl font-bold">{t("signIn")}</h1>
      <SignInForm callbackUrl={safeReturnPath(callbackUrl, "") || undefined} />
    </section>
  );
}
