import type { Metadata } from "next";
import { ConfirmButton } from "@/components/account/email-link-forms";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <h1 className="font-serif text-3xl font-bold">Confirm your email</h1>
      <ConfirmButton
        kind="email"
        payload={token}
        label="Confirm my email"
        doneText="Thank you — your email address is confirmed. Use it the next time you sign in."
      />
    </section>
  );
}
