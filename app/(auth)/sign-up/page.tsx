import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { SignUpForm } from "@/components/auth/sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-lg rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">{t("signUpHeading")}</h1>
      <p className="mb-6 mt-2 text-muted">{t("signUpIntro")}</p>
      <SignUpForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
    </section>
  );
}
