import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";

export const metadata: Metadata = { title: "Sign out" };

/** Sign-out for pages that carry no client runtime (the guest registry page links here). */
export default async function SignOutPage() {
  const user = await currentUser();
  if (!user) redirect("/");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 text-center shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">Sign out</h1>
      <p className="mt-3">You are signed in as {user.email}.</p>
      <p className="mt-2 text-sm text-muted">This signs you out in every browser and on every device where you are signed in.</p>
      <form action={signOutAction} className="mt-6">
        <button type="submit" className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Sign out
        </button>
      </form>
    </section>
  );
}
