import { describe, expect, it } from "vitest";
import { signUpSchema } from "./auth";
import { fieldErrorsOf } from "../validation-errors";
import { catalogue } from "../i18n/messages";
import { validationOf, resolveMessage } from "../i18n/validation";

// Messages are keys; each language reads them in its own words.
const inLanguage = (locale: string, m: string | undefined) => resolveMessage(m, validationOf(catalogue(locale)));

const good = {
  firstName: "Dana",
  lastName: "Fox",
  email: "Dana@Example.com ",
  password: "correct-horse-9",
  confirmPassword: "correct-horse-9",
};

describe("sign-up validation", () => {
  it("accepts a good sign-up and normalises the email", () => {
    const r = signUpSchema.parse(good);
    expect(r.email).toBe("dana@example.com");
  });

  it.each([
    ["email", { email: "not-an-email" }, "Enter a valid email address"],
    ["password", { password: "short1", confirmPassword: "short1" }, "Use at least 10 characters"],
    ["password", { password: "onlyletterslong", confirmPassword: "onlyletterslong" }, "Mix letters with numbers or symbols"],
    ["confirmPassword", { confirmPassword: "different-1234" }, "Passwords do not match"],
    ["firstName", { firstName: "   " }, "Enter your first name"],
  ])("rejects a bad %s with a field message", (field, patch, message) => {
    const r = signUpSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(inLanguage("en", fieldErrorsOf(r.error!)[field])).toBe(message);
  });

  it("says the same in German and French", () => {
    const r = signUpSchema.safeParse({ ...good, password: "short1", confirmPassword: "other" });
    const errors = fieldErrorsOf(r.error!);
    expect(inLanguage("de", errors.password)).toBe("Verwende mindestens 10 Zeichen");
    expect(inLanguage("fr", errors.confirmPassword)).toBe("Les mots de passe ne correspondent pas");
  });
});
