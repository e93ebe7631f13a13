import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { safeReturnPath } from "@/lib/safe-redirect";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect("/dashboard");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 font-serif text-3xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={safeReturnPath(callbackUrl, "") || undefined} />
    </section>
  );
}
