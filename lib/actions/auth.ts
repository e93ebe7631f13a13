"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "../auth";
import { createUser } from "../data/users";
import { signInSchema, signUpSchema } from "../validations/auth";
import { AppError } from "../errors";
import { appUrl } from "../app-url";
import { LIMITS } from "../security/rate-limit";
import { signInWait } from "../security/sign-in-limit";
import { limitAction, rateLimited, requestIp } from "../security/action-limit";
import { parseInput, runAction, type ActionResult } from "./safe-action";

/** Only same-site paths may be redirected to after sign-in. */
function safeCallback(url: string | undefined, fallback: string) {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : fallback;
}

async function startSession(email: string, password: string) {
  const wait = signInWait(email, await requestIp());
  if (wait > 0) throw rateLimited(wait);
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "rate_limited") throw rateLimited(Math.max(1, signInWait(email, await requestIp())));
      if (code === "suspended")
        throw new AppError("This account is suspended. Please contact support.", "forbidden");
      throw new AppError("Email or password is incorrect.", "validation", { password: "Email or password is incorrect" });
    }
    throw e;
  }
}

export async function signUpAction(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    await limitAction(LIMITS.signUp);
    const data = parseInput(signUpSchema, input);
    await createUser(data, await appUrl());
    await startSession(data.email, data.password);
    return { redirectTo: safeCallback(data.callbackUrl, "/dashboard") };
  });
}

export async function signInAction(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const data = parseInput(signInSchema, input);
    await startSession(data.email, data.password);
    return { redirectTo: safeCallback(data.callbackUrl, "/dashboard") };
  });
}

/** A form may name a same-site path to sign in again for (e.g. an invitation meant for another address). */
export async function signOutAction(form?: FormData): Promise<void> {
  const next = form instanceof FormData ? form.get("callbackUrl") : null;
  const back = typeof next === "string" ? safeCallback(next, "") : "";
  await signOut({ redirectTo: back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : "/" });
}
