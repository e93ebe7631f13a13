import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { SiteFooter, SiteHeader, PRODUCT_NAME } from "@/components/layout/site-header";
import { HydrationMark } from "@/components/layout/hydration-mark";
import { getLocale, getTranslations } from "next-intl/server";

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
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
