import Link from "next/link";

/** What a missing page or registry shows, in either router. */
export function NotFoundMessage() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">We couldn’t find that page</h1>
      <p className="mt-3 text-muted">The link may be mistyped, or the registry is no longer available.</p>
      <Link href="/search" className="mt-6 inline-block font-semibold text-brand-700 underline">
        Find a registry
      </Link>
    </section>
  );
}
