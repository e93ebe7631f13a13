import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findGuestTarget } from "@/lib/data/guest";
import { ReportForm } from "@/components/guest/report-form";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export const metadata: Metadata = { title: "Report a registry", robots: { index: false } };

export default async function ReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const registry = await findGuestTarget(slug);
  if (!registry) {
    await redirectFormerSlug(slug, "/report");
    notFound();
  }
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          ← Back to the registry
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">Report “{registry.title}”</h1>
      <ReportForm slug={registry.slug} />
    </div>
  );
}
