import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";
import { findInvitation } from "@/lib/data/co-registrant";
import { AcceptInvitationButton } from "@/components/dashboard/co-registrant";
import { LinkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Co-registrant invitation", referrer: "no-referrer" };

const link = "font-semibold text-brand-700 underline";

/** Accepting needs the invited address: signed out, sign in or sign up first; signed in as someone else, switch. */
export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = typeof token === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : "";
  const [invitation, user] = await Promise.all([findInvitation(t), currentUser()]);
  const back = `/accept-invitation?token=${t}`;
  return (
    <section className="mx-auto max-w-lg space-y-4 rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">Co-registrant invitation</h1>
      {!invitation ? (
        <p role="alert">
          This invitation has expired, was replaced by a newer one or was already used. Please ask the registry’s owner to send a new one.
        </p>
      ) : (
        <>
          <p>
            {invitation.ownerName} invited <strong className="break-all">{invitation.email}</strong> to manage the registry “
            {invitation.title}” together.
          </p>
          {!user ? (
            <>
              <p>Sign in with {invitation.email} to accept. No account yet? Create one with that address, then you’ll come back here.</p>
              <div className="flex flex-wrap gap-2">
                <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}>Sign in to accept</LinkButton>
                <LinkButton href={`/sign-up?callbackUrl=${encodeURIComponent(back)}`} variant="secondary">
                  Create an account
                </LinkButton>
              </div>
            </>
          ) : user.email.toLowerCase() !== invitation.email ? (
            <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
              <p>
                You’re signed in as <strong className="break-all">{user.email}</strong>, but this invitation is for{" "}
                <strong className="break-all">{invitation.email}</strong>. Only that address can accept it.
              </p>
              <form action={signOutAction}>
                <input type="hidden" name="callbackUrl" value={back} />
                <button
                  type="submit"
                  className="min-h-10 break-all rounded-md bg-brand-700 px-4 py-2 text-left font-semibold text-white hover:bg-brand-800"
                >
                  Sign out and sign in as {invitation.email}
                </button>
              </form>
              <p className="text-sm">
                Or go back to{" "}
                <Link href="/dashboard" className={link}>
                  your registries
                </Link>
                .
              </p>
            </div>
          ) : (
            <AcceptInvitationButton token={t} />
          )}
        </>
      )}
    </section>
  );
}
