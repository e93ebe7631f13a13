import { z } from "zod";
import { vmsg } from "../i18n/validation";

/** A message key of messages/*.json's "formErrors" (lib/i18n/validation.ts), shown in the reader's language. */
export const fe = (key: string, values?: Record<string, string | number>) => vmsg(`formErrors.${key}`, values);

export const emailField = z
  .string()
  .trim()
  .min(1, fe("enterEmail"))
  .max(254, fe("emailTooLong"))
  .email(fe("validEmail"))
  .transform((v) => v.toLowerCase());

export const passwordField = z
  .string()
  .min(10, fe("atLeastChars", { min: 10 }))
  .max(200, fe("atMostChars", { max: 200 }))
  .refine((v) => /[a-zA-Z]/.test(v) && /[^a-zA-Z]/.test(v), fe("mixPassword"));

const nameField = (which: "firstName" | "lastName") =>
  z
    .string()
    .trim()
    .min(1, fe(which === "firstName" ? "enterFirstName" : "enterLastName"))
    .max(80, fe(which === "firstName" ? "firstNameTooLong" : "lastNameTooLong"));

export const signUpSchema = z
  .object({
    firstName: nameField("firstName"),
    lastName: nameField("lastName"),
    email: emailField,
    password: passwordField,
    confirmPassword: z.string().max(200, fe("atMostChars", { max: 200 })),
    callbackUrl: z.string().max(2000).optional().catch(undefined), // e.g. back to a co-registrant invitation
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: fe("passwordsDiffer"),
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, fe("enterPassword")).max(200, fe("passwordTooLong")),
  callbackUrl: z.string().max(2000).optional().catch(undefined), // a bad return path is dropped, not an error
});
export type SignInInput = z.input<typeof signInSchema>;
