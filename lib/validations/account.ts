import { z } from "zod";
import { idSchema } from "./id";
import { emailField, passwordField } from "./auth";

const name = (label: string) => z.string().trim().min(1, `Enter your ${label}`).max(80, "Use at most 80 characters");

export const profileSchema = z.object({
  firstName: name("first name"),
  lastName: name("last name"),
  email: emailField,
  phone: z
    .string()
    .trim()
    .max(40, "Use at most 40 characters")
    .refine((v) => v === "" || /^[+()0-9 .-]{5,40}$/.test(v), "Enter a valid phone number"),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(200),
    newPassword: passwordField,
    confirmPassword: z.string().max(200, "Use at most 200 characters"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, "Enter your password to confirm").max(200),
});

export const notificationsSchema = z.object({
  notifyPurchases: z.boolean(),
  weeklyDigest: z.boolean(),
  thankYouReminder: z.boolean(),
  adminDailyReports: z.boolean(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, "This link is not valid");

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: passwordField, confirmPassword: z.string().max(200, "Use at most 200 characters") })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "Passwords do not match" });

export const UNSUBSCRIBE_KINDS = ["purchases", "digest", "reminder", "admin-reports"] as const;
export const unsubscribeSchema = z.object({ u: idSchema, k: z.enum(UNSUBSCRIBE_KINDS), sig: z.string().max(100) });
