import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrantIntl } from "@/components/layout/registrant-intl";
import Link from "next/link";
import { currentUser } from "@/lib/authz";
import { signOutAction } from "@/lib/actions/auth";
import { findInvitation } from "@/lib/data/co-registrant";
import { AcceptInvitationButton } from "@/components/dashboard/co-registrant";
import { LinkButton } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("inviteTitle"), referrer: "no-referrer" };
}

const link = "font-semibold text-brand-700 underline";

/** Accepting needs the invited address: signed out, sign in or sign up first; signed in as someone else, switch. */
export default async function AcceptInvitationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const t = typeof token === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : "";
  const [invitation, user, tr] = await Promise.all([findInvitation(t), currentUser(), getTranslations("auth")]);
  const strong = (s: React.ReactNode) => <strong className="break-all">{s}</strong>;
  const back = `/accept-invitation?token=${t}`;
  return (
    <section className="mx-auto max-w-lg space-y-4 rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="font-serif text-3xl font-bold">{tr("inviteTitle")}</h1>
      {!invitation ? (
        <p role="alert">{tr("inviteGone")}</p>
      ) : (
        <>
          <p>{tr.rich("inviteText", { owner: invitation.ownerName, email: invitation.email, title: invitation.title, strong })}</p>
          {!user ? (
            <>
              <p>{tr("inviteSignIn", { email: invitation.email })}</p>
              <div className="flex flex-wrap gap-2">
                <LinkButton href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}>{tr("inviteSignInButton")}</LinkButton>
                <LinkButton href={`/sign-up?callbackUrl=${encodeURIComponent(back)}`} variant="secondary">
                  {tr("createAccount")}
                </LinkButton>
              </div>
            </>
          ) : user.email.toLowerCase() !== invitation.email ? (
            <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4">
              <p>{tr.rich("inviteWrongUser", { user: user.email, email: invitation.email, strong })}</p>
              <form action={signOutAction}>
                <input type="hidden" name="callbackUrl" value={back} />
                <button
                  type="submit"
                  className="min-h-10 break-all rounded-md bg-brand-700 px-4 py-2 text-start font-semibold text-white hover:bg-brand-800"
                >
                  {tr("inviteSwitch", { email: invitation.email })}
                </button>
              </form>
              <p className="text-sm">
                {tr.rich("inviteBack", {
                  link: (s) => (
                    <Link href="/dashboard" className={link}>
                      {s}
                    </Link>
                  ),
                })}
              </p>
            </div>
          ) : (
            <RegistrantIntl>
              <AcceptInvitationButton token={t} />
            </RegistrantIntl>
          )}
        </>
      )}
    </section>
  );
}
