import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { available, findGuestRegistry } from "@/lib/data/guest";
import { canView } from "@/lib/guest-gate";
import { parseId } from "@/lib/validations/id";
import { BoughtElsewhereForm } from "@/components/guest/bought-elsewhere-form";
import { GiftPicture } from "@/components/ui/gift-picture";
import { guestPhotoPrefix } from "@/lib/images/variants";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export const metadata: Metadata = { title: "Bought elsewhere", robots: { index: false } };

export default async function BoughtElsewherePage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const registry = await findGuestRegistry(slug);
  if (!registry) {
    await redirectFormerSlug(slug, `/elsewhere/${encodeURIComponent(itemId)}`);
    notFound();
  }
  if (!(await canView(registry))) redirect(`/r/${registry.slug}`);
  const item = registry.items.find((i) => i.id === parseId(itemId));
  if (!item) notFound();
  const left = available(item);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          ← Back to {registry.title}
        </Link>
      </p>
      <div className="flex items-center gap-4">
        <GiftPicture
          photo={item.photo}
          imageUrl={item.imageUrl}
          title={item.title}
          sizes="96px"
          lazy={false}
          prefix={guestPhotoPrefix(registry)}
          className="w-24 shrink-0"
        />
        <h1 className="font-serif text-2xl font-bold">Bought “{item.title}” somewhere else?</h1>
      </div>
      <BoughtElsewhereForm
        slug={registry.slug}
        itemId={item.id}
        available={left}
        who={[registry.firstName, registry.coFirstName].filter(Boolean).join(" and ") || registry.title}
      />
    </div>
  );
}
