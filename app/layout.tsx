import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { SiteFooter, SiteHeader, PRODUCT_NAME } from "@/components/layout/site-header";
import { HydrationMark } from "@/components/layout/hydration-mark";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return {
    title: { default: t("siteTitle", { product: PRODUCT_NAME }), template: `%s · ${PRODUCT_NAME}` },
    description: t("siteDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request so Next can put this request's CSP nonce on its scripts.
  await connection();
  // The request's language (lib/i18n/server.ts): screen readers and the browser read the page in it.
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader />
        {/* app/error.tsx (a client component) speaks the request's language: only its words go to the browser. */}
        <NextIntlClientProvider messages={{ errorPage: messages.errorPage, errors: messages.errors }}>
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
