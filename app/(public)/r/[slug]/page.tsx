// The guest registry page — the page guests open most, often on a phone from a shared link.
// Server-rendered and usable without JavaScript: filters are a GET form, pages are plain links, and
// its only client code is the small basket (components/guest/basket-script.tsx); a page shows 24
// gifts, so hydrating it stays cheap on a phone. Anonymous views are served from the page cache
// (lib/page-cache.ts).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findGuestRegistry } from "@/lib/data/guest";
import { guestFunds } from "@/lib/data/funds";
import { chippedIn } from "@/lib/data/group-gifts";
import { canSeeBuyers } from "@/lib/data/thank-you";
import { canView } from "@/lib/guest-gate";
import { env } from "@/lib/env";
import { coupleNames, formatDate } from "@/lib/format";
import { PHOTO_HASH, photoUrl } from "@/lib/images/variants";
import { RegistryView } from "@/components/guest/registry-view";
import { redirectFormerSlug } from "@/lib/slug-redirect";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The tab title and the share preview (Open Graph / Twitter): its cover (else the couple's photo) as
 * an absolute URL under APP_URL. A private registry shows none of it until the visitor may see it.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const registry = await findGuestRegistry((await params).slug);
  if (!registry) return { title: "Registry not found", robots: { index: false } };
  if (!(await canView(registry))) return { title: "Private registry", robots: { index: false } };
  const origin = env().APP_URL;
  const description = [coupleNames(registry), registry.eventDate ? formatDate(registry.eventDate) : "", registry.message.slice(0, 150)]
    .filter(Boolean)
    .join(" · ");
  const image = shareImage(registry);
  const images = image ? [{ url: `${origin}${image.url}`, width: image.width, height: image.height, alt: registry.title }] : undefined;
  return {
    title: registry.title,
    description,
    robots: { index: false },
    openGraph: { type: "website", url: `${origin}/r/${registry.slug}`, title: registry.title, description, images },
    twitter: { card: image ? "summary_large_image" : "summary", title: registry.title, description, images },
  };
}

function shareImage(r: { coverPhoto: string; couplePhoto: string }) {
  if (PHOTO_HASH.test(r.coverPhoto)) return { url: photoUrl(r.coverPhoto, 1200), width: 1200, height: 600 };
  if (PHOTO_HASH.test(r.couplePhoto)) return { url: photoUrl(r.couplePhoto, 640), width: 640, height: 640 };
  return null;
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
  const [funds, query, chipped] = await Promise.all([
    guestFunds(registry.id, canSeeBuyers(registry)),
    searchParams,
    // Only a registry with group gifts pays for the count of who chipped in.
    registry.items.some((i) => i.groupGift) ? chippedIn(registry.id) : new Map<number, number>(),
  ]);
  return <RegistryView registry={registry} funds={funds} chipped={Object.fromEntries(chipped)} query={query} />;
}
