import type { Metadata } from "next";
import Link from "next/link";
import { requireRegistryAccess } from "@/lib/authz";
import { canSeeBuyers, thankYouList } from "@/lib/data/thank-you";
import { formatDate } from "@/lib/format";
import { RevealButton, ThankYouTable } from "@/components/dashboard/thank-you-list";

export const metadata: Metadata = { title: "Thank-you list" };

export default async function ThankYouPage({ params }: { params: Promise<{ id: string }> }) {
  const { registry } = await requireRegistryAccess((await params).id);
  const visible = canSeeBuyers(registry);
  const entries = visible ? await thankYouList(registry.id) : [];
  const eventPassed = !!registry.eventDate && registry.eventDate <= new Date();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/dashboard/registries/${registry.id}`} className="text-brand-700 underline">
          ← {registry.title}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">Thank-you list</h1>
      {visible ? (
        <>
          <ThankYouTable registryId={registry.id} entries={entries.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) }))} />
          <a href={`/dashboard/registries/${registry.id}/thank-you/csv`} className="inline-block font-semibold text-brand-700 underline">
            Download as CSV
          </a>
        </>
      ) : (
        <section className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <p>Surprise mode is on: you see how many gifts were bought, but not who bought what.</p>
          {eventPassed ? (
            <RevealButton registryId={registry.id} />
          ) : (
            <p className="text-muted">You can reveal the givers and their messages after your event ({formatDate(registry.eventDate)}).</p>
          )}
        </section>
      )}
    </div>
  );
}
