import { z } from "zod";
import { idSchema } from "./id";
import { emailField, fe, passwordField } from "./auth";

const name = (which: "firstName" | "lastName") =>
  z
    .string()
    .trim()
    .min(1, fe(which === "firstName" ? "enterFirstName" : "enterLastName"))
    .max(80, fe("atMostChars", { max: 80 }));

export const profileSchema = z.object({
  firstName: name("firstName"),
  lastName: name("lastName"),
  email: emailField,
  phone: z
    .string()
    .trim()
    .max(40, fe("atMostChars", { max: 40 }))
    .refine((v) => v === "" || /^[+()0-9 .-]{5,40}$/.test(v), fe("validPhone")),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, fe("enterCurrentPassword")).max(200),
    newPassword: passwordField,
    confirmPassword: z.string().max(200, fe("atMostChars", { max: 200 })),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: fe("passwordsDiffer") });

export const deleteAccountSchema = z.object({
  password: z.string().min(1, fe("enterPasswordToConfirm")).max(200),
});

export const notificationsSchema = z.object({
  notifyPurchases: z.boolean(),
  weeklyDigest: z.boolean(),
  thankYouReminder: z.boolean(),
  adminDailyReports: z.boolean(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, fe("linkNotValid"));

export const resetPasswordSchema = z
  .object({ token: tokenSchema, password: passwordField, confirmPassword: z.string().max(200, fe("atMostChars", { max: 200 })) })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: fe("passwordsDiffer") });

export const UNSUBSCRIBE_KINDS = ["purchases", "digest", "reminder", "admin-reports"] as const;
export const unsubscribeSchema = z.object({ u: idSchema, k: z.enum(UNSUBSCRIBE_KINDS), sig: z.string().max(100) });
