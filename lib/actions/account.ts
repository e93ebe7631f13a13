"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getLocale } from "next-intl/server";
import { signOut } from "../auth";
import { changePassword, deleteAccount, findProfile, unsubscribe, updateNotifications, updateProfile } from "../data/account";
import {
  confirmEmailChange,
  markEmailVerified,
  requestEmailChange,
  requestEmailConfirmation,
  requestPasswordReset,
  resetPassword,
} from "../data/email-tokens";
import { env } from "../env";
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
import { fe } from "../validations/auth";
import { guestAction, userAction } from "./safe-action";

/** A new email takes effect only once confirmed from that inbox; the rest applies at once. */
export const updateProfileAction = userAction(profileSchema, async (d, { user }) => {
  const current = await findProfile(user.id);
  const wantsNewEmail = d.email !== current.email;
  if (wantsNewEmail) await requestEmailChange(user.id, d.email, env().APP_URL, await getLocale());
  await updateProfile(user.id, { ...d, email: current.email });
  revalidatePath("/", "layout");
  return { emailPending: wantsNewEmail ? d.email : null };
});

export const updateNotificationsAction = userAction(notificationsSchema, async (d, { user }) => {
  await updateNotifications(user.id, d);
  return null;
});

export const requestPasswordResetAction = guestAction(forgotPasswordSchema, async ({ email }) => {
  // Per address and per inbox: nobody can flood an inbox with resets, from one address or many.
  await limitAction(LIMITS.passwordReset);
  const wait = await take(LIMITS.passwordResetPerEmail, email);
  if (wait > 0) throw rateLimited(wait);
  await requestPasswordReset(email, env().APP_URL, await getLocale());
  return null;
});

/** The emailed one-time token is the authorization (checked by resetPassword). */
export const resetPasswordAction = guestAction(resetPasswordSchema, async (d) => {
  await resetPassword(d.token, d.password);
  return null;
});

export const confirmEmailAction = guestAction(tokenSchema, async (token) => {
  const { userId, email, changed } = await confirmEmailChange(token);
  if (changed) {
    const profile = await findProfile(userId);
    await updateProfile(userId, { firstName: profile.firstName, lastName: profile.lastName, phone: profile.phone, email });
  }
  await markEmailVerified(userId, email); // the link came from that inbox
  revalidatePath("/", "layout");
  return { email };
});

/** Another confirmation link for the signed-in user's current address. */
export const resendEmailConfirmationAction = userAction(z.void(), async (_, { user }) => {
  await limitKey(LIMITS.emailConfirm, `user:${user.id}`);
  return { sent: await requestEmailConfirmation(user.id, env().APP_URL, await getLocale()) };
});

export const unsubscribeAction = guestAction(unsubscribeSchema, async (d) => {
  if (!verify("unsubscribe", `${d.u}:${d.k}`, d.sig)) throw new AppError(fe("unsubscribeLinkBad"), "validation");
  await unsubscribe(d.u, d.k);
  return null;
});

export const changePasswordAction = userAction(passwordChangeSchema, async (d, { user }) => {
  // Every session ends, this one too: signing this browser in again inside the action would not
  // help, as the page the action re-renders still reads the old cookie from the request headers.
  await changePassword(user.id, d.currentPassword, d.newPassword);
  return null;
});

export const deleteAccountAction = userAction(deleteAccountSchema, async (d, { user }) => {
  await deleteAccount(user.id, d.password);
  await signOut({ redirectTo: "/" }); // its redirect passes through runAction to Next
  return null;
});
