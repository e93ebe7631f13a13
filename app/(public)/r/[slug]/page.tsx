// The guest registry page — the page guests open most, often on a phone from a shared link.
// Server-rendered and usable without JavaScript: filters are a GET form, pages are plain links, and
// its only client code is the small basket (components/guest/basket-script.tsx); a page shows 24
// gifts, so hydrating it stays cheap on a phone. Anonymous views are served from the page cache
// (lib/page-cache.ts).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findGuestRegistry } from "@/lib/data/guest";
import { canView } from "@/lib/guest-gate";
import { RegistryView } from "@/components/guest/registry-view";
import { redirectFormerSlug } from "@/lib/slug-redirect";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const registry = await findGuestRegistry((await params).slug);
  return { title: registry?.title ?? "Registry not found", robots: { index: false } };
}

export default async function GuestRegistryPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const registry = await findGuestRegistry(slug);
  if (!registry) {
    await redirectFormerSlug(slug, "", await searchParams);
    notFound();
  }
  // The access form lives on its own route, so its form and validation code never load here.
  if (!(await canView(registry))) redirect(`/r/${registry.slug}/access`);
  return <RegistryView registry={registry} query={await searchParams} />;
}
