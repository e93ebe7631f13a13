import Link from "next/link";
import { RegistrySearchForm } from "@/components/registry/search-form";
import { LinkButton } from "@/components/ui/button";

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-2xl font-serif text-4xl font-bold leading-tight sm:text-5xl">
          The gift registry your guests will actually enjoy using
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Weddings, babies, birthdays and every milestone: list what you need, share one link, and see what’s still needed in real time — no
          double gifts, no guesswork.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton href="/dashboard/registries/new">Create a registry</LinkButton>
          <LinkButton href="/search" variant="secondary">
            Find a registry
          </LinkButton>
        </div>
      </section>

      <section aria-labelledby="find-heading" className="rounded-xl border border-gray-200 bg-white p-6 shadow-sm">
        <h2 id="find-heading" className="mb-4 font-serif text-2xl font-bold">
          Find a couple’s or friend’s registry
        </h2>
        <RegistrySearchForm />
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="mb-4 font-serif text-2xl font-bold">
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {[
            ["Build your list", "Add gifts from our catalog or anywhere else, with the quantities you want."],
            ["Share one link", "Guests find you by name, date or link — no account needed to buy."],
            ["Every gift counted", "Purchases update instantly, so two guests never buy the last one."],
          ].map(([title, text], i) => (
            <li key={title} className="rounded-xl border border-gray-200 bg-white p-5">
              <p className="text-sm font-semibold text-brand-700">Step {i + 1}</p>
              <h3 className="mt-1 text-lg font-semibold">{title}</h3>
              <p className="mt-1 text-muted">{text}</p>
            </li>
          ))}
        </ol>
        <p className="mt-6 text-sm text-muted">
          Already have an account?{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>{" "}
          to manage your registries.
        </p>
      </section>
    </div>
  );
}
