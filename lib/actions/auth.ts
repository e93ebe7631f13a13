"use server";
import { AuthError } from "next-auth";
import { signIn, signOut } from "../auth";
import { createUser } from "../data/users";
import { signInSchema, signUpSchema } from "../validations/auth";
import { AppError } from "../errors";
import { appBaseUrl } from "../app-url";
import { safeReturnPath } from "../safe-redirect";
import { LIMITS } from "../security/rate-limit";
import { signInWait } from "../security/sign-in-limit";
import { limitAction, rateLimited, requestIp } from "../security/action-limit";
import { parseInput, runAction, type ActionResult } from "./safe-action";

async function startSession(email: string, password: string) {
  const wait = await signInWait(email, await requestIp());
  if (wait > 0) throw rateLimited(wait);
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === "rate_limited") throw rateLimited(Math.max(1, await signInWait(email, await requestIp())));
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
    await createUser(data, appBaseUrl());
    await startSession(data.email, data.password);
    return { redirectTo: "/dashboard" };
  });
}

export async function signInAction(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const data = parseInput(signInSchema, input);
    await startSession(data.email, data.password);
    return { redirectTo: safeReturnPath(data.callbackUrl, "/dashboard") };
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
