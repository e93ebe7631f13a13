import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect("/dashboard");
  return (
    <section className="mx-auto max-w-lg rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">Create your account</h1>
      <p className="mb-6 mt-2 text-muted">Start a registry in minutes. Guests never need an account to buy.</p>
      <SignUpForm callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined} />
    </section>
  );
}
