import type { Metadata } from "next";
import { ConfirmButton } from "@/components/account/email-link-forms";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

const LABELS: Record<string, string> = {
  purchases: "“a gift was bought” emails",
  digest: "the weekly digest",
  reminder: "thank-you reminders",
  "admin-reports": "the daily reports summary",
};

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { u = "", k = "", sig = "" } = await searchParams;
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <h1 className="font-serif text-3xl font-bold">Unsubscribe</h1>
      <p>Stop receiving {LABELS[k] ?? "these emails"}? You can turn them back on from your account settings.</p>
      <ConfirmButton kind="unsubscribe" payload={{ u, k, sig }} label="Unsubscribe" doneText="You’re unsubscribed." />
    </section>
  );
}
