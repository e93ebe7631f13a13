import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findGuestTarget } from "@/lib/data/guest";
import { canView } from "@/lib/guest-gate";
import { AccessCodeForm } from "@/components/guest/access-code-form";
import { isSlug } from "@/lib/validations/slug";
import { redirectFormerSlug } from "@/lib/slug-redirect";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Private registry", robots: { index: false } };

/** A private registry's gate: the access code the registrant shared sets the signed access cookie. */
export default async function AccessPage({ params }: Props) {
  const { slug } = await params;
  const registry = isSlug(slug) ? await findGuestTarget(slug) : null;
  if (!registry) {
    await redirectFormerSlug(slug, "/access");
    notFound();
  }
  if (await canView(registry)) redirect(`/r/${registry.slug}`);
  return (
    <section className="mx-auto max-w-lg py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">{registry.title}</h1>
      <p className="mt-3 text-muted">This registry is private. Enter the access code {registry.firstName} shared with you.</p>
      <AccessCodeForm slug={registry.slug} />
    </section>
  );
}
