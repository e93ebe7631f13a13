"use server";
import { AuthError } from "next-auth";
import { getLocale } from "next-intl/server";
import { auth, signIn, signOut } from "../auth";
import { createUser, endSessions, homeAfterSignIn } from "../data/users";
import { signInSchema, signUpSchema } from "../validations/auth";
import { AppError } from "../errors";
import { env } from "../env";
import { safeReturnPath } from "../safe-redirect";
import { LIMITS } from "../security/rate-limit";
import { signInWait } from "../security/sign-in-limit";
import { limitAction, rateLimited, requestIp } from "../security/action-limit";
import { guestAction } from "./safe-action";
import { fe } from "../validations/auth";

async function startSession(email: string, password: string) {
  const wait = await signInWait(email, await requestIp());
  if (wait > 0) throw rateLimited(wait);
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "rate_limited") throw rateLimited(Math.max(1, await signInWait(email, await requestIp())));
      if (code === "suspended") throw new AppError(fe("suspended"), "forbidden");
      throw new AppError(fe("wrongPasswordForm"), "validation", { password: fe("wrongPassword") });
    }
    throw e;
  }
}

export const signUpAction = guestAction(
  signUpSchema,
  async (data) => {
    await createUser(data, env().APP_URL, await getLocale()); // the welcome email in the sign-up page's language
    await startSession(data.email, data.password);
    return { redirectTo: safeReturnPath(data.callbackUrl, "/dashboard") };
  },
  () => limitAction(LIMITS.signUp), // every try counts, bad input too
);

export const signInAction = guestAction(signInSchema, async (data) => {
  await startSession(data.email, data.password);
  const back = safeReturnPath(data.callbackUrl, "");
  return { redirectTo: back || (await homeAfterSignIn(data.email)) };
});

/**
 * Signing out moves the account's session version on, so every session of the account ends: copies
 * of this cookie and other browsers too (the pages say so). Done here as well as in next-auth's
 * signOut event, which only logs a failure: if the database cannot be reached, sign-out fails visibly.
 * A form may name a same-site path to sign in again for (e.g. an invitation meant for another address).
 * Not wrapped: a <form action> shows no returned message, so a failure must throw to the error page.
 */
export async function signOutAction(form?: FormData): Promise<void> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (Number.isInteger(id) && id > 0) await endSessions(id, session!.user.sessionVersion ?? 0);
  const next = form instanceof FormData ? form.get("callbackUrl") : null;
  const back = typeof next === "string" ? safeReturnPath(next, "") : "";
  await signOut({ redirectTo: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/" });
}
