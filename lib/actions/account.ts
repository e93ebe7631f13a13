"use server";
import { revalidatePath } from "next/cache";
import { signOut } from "../auth";
import { assertUser } from "../authz";
import { changePassword, deleteAccount, findProfile, unsubscribe, updateNotifications, updateProfile } from "../data/account";
import { confirmEmailChange, markEmailVerified, requestEmailChange, requestEmailConfirmation, requestPasswordReset, resetPassword } from "../data/email-tokens";
import { appBaseUrl } from "../app-url";
import { verify } from "../guest-access";
import { AppError } from "../errors";
import { LIMITS, take } from "../security/rate-limit";
import { limitAction, limitKey, rateLimited } from "../security/action-limit";
import {
  deleteAccountSchema,
  forgotPasswordSchema,
  notificationsSchema,
  passwordChangeSchema,
  profileSchema,
  resetPasswordSchema,
  tokenSchema,
  unsubscribeSchema,
} from "../validations/account";
import { parseInput, runAction, type ActionResult } from "./safe-action";

/** A new email takes effect only once confirmed from that inbox; the rest applies at once. */
export async function updateProfileAction(input: unknown): Promise<ActionResult<{ emailPending: string | null }>> {
  return runAction(async () => {
    const user = await assertUser();
    const d = parseInput(profileSchema, input);
    const current = await findProfile(user.id);
    const wantsNewEmail = d.email !== current.email;
    if (wantsNewEmail) await requestEmailChange(user.id, d.email, appBaseUrl());
    await updateProfile(user.id, { ...d, email: current.email });
    revalidatePath("/", "layout");
    return { emailPending: wantsNewEmail ? d.email : null };
  });
}

export async function updateNotificationsAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await assertUser();
    await updateNotifications(user.id, parseInput(notificationsSchema, input));
    return null;
  });
}

export async function requestPasswordResetAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { email } = parseInput(forgotPasswordSchema, input);
    // Per address and per inbox: nobody can flood an inbox with resets, from one address or many.
    await limitAction(LIMITS.passwordReset);
    const wait = await take(LIMITS.passwordResetPerEmail, email);
    if (wait > 0) throw rateLimited(wait);
    await requestPasswordReset(email, appBaseUrl());
    return null;
  });
}

export async function resetPasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const d = parseInput(resetPasswordSchema, input);
    await resetPassword(d.token, d.password);
    return null;
  });
}

export async function confirmEmailAction(token: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const { userId, email, changed } = await confirmEmailChange(parseInput(tokenSchema, token));
    if (changed) {
      const profile = await findProfile(userId);
      await updateProfile(userId, { firstName: profile.firstName, lastName: profile.lastName, phone: profile.phone, email });
    }
    await markEmailVerified(userId, email); // the link came from that inbox
    revalidatePath("/", "layout");
    return { email };
  });
}

/** Another confirmation link for the signed-in user's current address. */
export async function resendEmailConfirmationAction(): Promise<ActionResult<{ sent: boolean }>> {
  return runAction(async () => {
    const user = await assertUser();
    await limitKey(LIMITS.emailConfirm, `user:${user.id}`);
    return { sent: await requestEmailConfirmation(user.id, appBaseUrl()) };
  });
}

export async function unsubscribeAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const d = parseInput(unsubscribeSchema, input);
    if (!verify("unsubscribe", `${d.u}:${d.k}`, d.sig)) throw new AppError("This unsubscribe link is not valid.", "validation");
    await unsubscribe(d.u, d.k);
    return null;
  });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await assertUser();
    const d = parseInput(passwordChangeSchema, input);
    // Every session ends, this one too: signing this browser in again inside the action would not
    // help, as the page the action re-renders still reads the old cookie from the request headers.
    await changePassword(user.id, d.currentPassword, d.newPassword);
    return null;
  });
}

export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await assertUser();
    await deleteAccount(user.id, parseInput(deleteAccountSchema, input).password);
    return null;
  });
  if (result.ok) await signOut({ redirectTo: "/" });
  return result;
}
