import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email is too long")
  .email("Enter a valid email address")
  .transform((v) => v.toLowerCase());

export const passwordField = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters")
  .refine((v) => /[a-zA-Z]/.test(v) && /[^a-zA-Z]/.test(v), "Mix letters with numbers or symbols");

const nameField = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${label}`)
    .max(80, `${label[0].toUpperCase()}${label.slice(1)} is too long`);

export const signUpSchema = z
  .object({
    firstName: nameField("first name"),
    lastName: nameField("last name"),
    email: emailField,
    password: passwordField,
    confirmPassword: z.string().max(200, "Use at most 200 characters"),
    callbackUrl: z.string().max(2000).optional().catch(undefined), // e.g. back to a co-registrant invitation
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Passwords do not match",
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password").max(200, "Password is too long"),
  callbackUrl: z.string().max(2000).optional().catch(undefined), // a bad return path is dropped, not an error
});
export type SignInInput = z.input<typeof signInSchema>;
