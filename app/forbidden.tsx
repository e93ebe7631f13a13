import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">You don’t have access to this page</h1>
      <p className="mt-3 text-muted">This area is for store staff. If you think this is a mistake, ask an administrator.</p>
      <Link href="/dashboard" className="mt-6 inline-block font-semibold text-brand-700 underline">
        Go to my registries
      </Link>
    </section>
  );
}
