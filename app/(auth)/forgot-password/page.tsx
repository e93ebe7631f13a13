import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/account/email-link-forms";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-2 font-serif text-3xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-muted">Enter your email and we’ll send you a link to choose a new one.</p>
      <ForgotPasswordForm />
    </section>
  );
}
