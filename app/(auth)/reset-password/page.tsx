import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/email-link-forms";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 font-serif text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm token={token} />
    </section>
  );
}
